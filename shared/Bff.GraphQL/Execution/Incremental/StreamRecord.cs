using System.Collections;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>The items of a <c>@stream</c> list beyond its <c>initialCount</c>.</summary>
internal sealed class StreamRecord(
    IncrementalRecord? parent, string? label, ResultList list, IReadOnlyList<object> path, IList remaining, IType itemType,
    PlannedField plannedField) : IncrementalRecord(parent, label)
{
    public IList Remaining => remaining;

    public IType ItemType => itemType;

    public PlannedField Field => plannedField;

    /// <summary>Index of the first streamed item in the list.</summary>
    public int Offset => list.Count;

    public StreamItems? Items { get; set; }

    public override ResultNode Origin => list;

    public override IReadOnlyList<object> Path => path;
}
