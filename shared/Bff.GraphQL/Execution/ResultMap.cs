namespace Bff.GraphQL.Execution;

/// <summary>
/// An object in the response, its fields in selection order. Slots are reserved when fields are collected and filled
/// as resolvers complete, so concurrent resolvers never reorder the output.
/// </summary>
public sealed class ResultMap : ResultNode
{
    private readonly string[] names;
    private readonly object?[] values;

    internal ResultMap(int capacity, ResultNode? parent = null, int parentIndex = 0, bool nullableInParent = true)
        : base(parent, parentIndex, nullableInParent)
    {
        names = new string[capacity];
        values = new object?[capacity];
    }

    public int Count => names.Length;

    public string NameAt(int index) => names[index];

    public object? ValueAt(int index) => values[index];

    /// <summary>The value of a response key, for tests and tools; linear, as maps are small.</summary>
    public object? this[string name]
    {
        get
        {
            var index = Array.IndexOf(names, name);
            return index < 0 ? throw new KeyNotFoundException(name) : values[index];
        }
    }

    public bool ContainsKey(string name) => Array.IndexOf(names, name) >= 0;

    internal void SetName(int index, string name) => names[index] = name;

    internal override void SetValue(int index, object? value) => values[index] = value;
}
