using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>A deferred fragment on one object of the response.</summary>
internal sealed class DeferredFragment(
    IncrementalRecord? parent, DeferredSpec spec, ResultMap objectMap, object? value, HashSet<string>? delivered)
    : IncrementalRecord(parent, spec.Label)
{
    private IReadOnlyList<object>? path;

    public DeferredSpec Spec => spec;

    public ObjectType ObjectType => objectMap.Plan.ObjectType;

    public object? Value => value;

    /// <summary>Leaf response keys already sent at this object, by the parent part and its parents: not sent again.</summary>
    public HashSet<string>? Delivered => delivered;

    /// <summary>The fragment's own fields, once it runs.</summary>
    public ResultMap? Data { get; set; }

    public override ResultNode Origin => objectMap;

    public override IReadOnlyList<object> Path => path ??= objectMap.Parent switch
    {
        null => [],
        { AnchorPath: { } anchored } => anchored,
        var parentNode => parentNode.PathTo(objectMap.ParentIndex),
    };
}
