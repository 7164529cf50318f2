using System.Collections;

namespace Bff.GraphQL.Execution;

/// <summary>A list in the response; items are filled as they complete.</summary>
public sealed class ResultList : ResultNode, IReadOnlyList<object?>
{
    private readonly object?[] items;

    internal ResultList(int count, ResultNode parent, int parentIndex, bool nullableInParent, bool itemsNullable)
        : base(parent, parentIndex, nullableInParent)
    {
        items = new object?[count];
        ItemsNullable = itemsNullable;
    }

    internal bool ItemsNullable { get; }

    public int Count => items.Length;

    public object? this[int index] => items[index];

    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    internal override void SetValue(int index, object? value) => items[index] = value;

    internal override object KeyAt(int index) => index;
}
