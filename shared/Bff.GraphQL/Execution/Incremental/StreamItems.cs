using System.Collections;

namespace Bff.GraphQL.Execution.Incremental;

/// <summary>The items of a streamed list sent in a later part; their paths continue the list's indexes.</summary>
internal sealed class StreamItems : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] items;
    private readonly int offset;

    public StreamItems(int count, int offset, IncrementalAnchor anchor)
        : base(anchor, 0, nullableInParent: true)
    {
        items = new object?[count];
        this.offset = offset;
    }

    public int Count => items.Length;

    public object? this[int index] => items[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    internal override void SetValue(int index, object? value) => items[index] = value;

    internal override object KeyAt(int index) => offset + index;
}
