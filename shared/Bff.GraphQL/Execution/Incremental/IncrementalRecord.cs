namespace Bff.GraphQL.Execution.Incremental;

/// <summary>
/// A deferred fragment or a stream at one place of the response (graphql-js's DeferredFragmentRecord and
/// StreamRecord): announced as pending once its parent part is sent, executed then, completed when its last field is.
/// </summary>
internal abstract class IncrementalRecord(IncrementalRecord? parent, string? label)
{
    public IncrementalRecord? Parent => parent;

    public string? Label => label;

    /// <summary>Assigned when announced; ids count up per operation, as graphql-js's do.</summary>
    public string? Id { get; set; }

    /// <summary>Fields (and resolvers) of this part not finished yet.</summary>
    public int Outstanding { get; set; }

    /// <summary>True once a null bubbled up to the part's root: it completes with its errors and no data.</summary>
    public bool Failed { get; set; }

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>Parts met while executing this one; they are announced and run when this one is sent.</summary>
    public List<IncrementalRecord> Children { get; } = [];

    /// <summary>Where the part goes: the object of a deferred fragment, the list of a stream.</summary>
    public abstract IReadOnlyList<object> Path { get; }

    /// <summary>The node of the parent part the record hangs on; nulled there, the record is dropped.</summary>
    public abstract ResultNode Origin { get; }
}
