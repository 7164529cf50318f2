namespace Bff.GraphQL.Execution.Incremental;

/// <summary>A deferred fragment or stream announced as coming later.</summary>
public sealed record PendingResult(string Id, IReadOnlyList<object> Path, string? Label);

/// <summary>
/// Data of one deferred fragment (<see cref="Data"/>) or items of one stream (<see cref="Items"/>, the first at
/// <see cref="ItemsOffset"/> in the list), with the field errors raised in it.
/// </summary>
public sealed record IncrementalEntry(
    string Id,
    IReadOnlyList<object> Path,
    string? Label,
    ResultMap? Data,
    IReadOnlyList<object?>? Items,
    int ItemsOffset,
    IReadOnlyList<GraphQLError> Errors);

/// <summary>A pending part that is done; with <see cref="Errors"/> when it failed and sent no data.</summary>
public sealed record CompletedResult(
    string Id, IReadOnlyList<object> Path, string? Label, bool IsStream, int ItemsOffset, IReadOnlyList<GraphQLError>? Errors);

/// <summary>One subsequent payload: parts newly announced, data delivered, parts completed, and whether more follow.</summary>
public sealed record SubsequentResult(
    IReadOnlyList<PendingResult> Pending,
    IReadOnlyList<IncrementalEntry> Incremental,
    IReadOnlyList<CompletedResult> Completed,
    bool HasNext);
