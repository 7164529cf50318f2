namespace Bff.GraphQL.Execution;

/// <summary>
/// An object in the response, its fields in selection order. Slots are reserved when fields are collected and filled
/// as resolvers complete, so parallel resolvers never reorder the output.
/// </summary>
public sealed class ResultMap(int capacity)
{
    private readonly string[] _names = new string[capacity];
    private readonly object?[] _values = new object?[capacity];

    public int Count => _names.Length;

    public string NameAt(int index) => _names[index];

    public object? ValueAt(int index) => _values[index];

    internal void SetName(int index, string name) => _names[index] = name;

    internal void SetValue(int index, object? value) => _values[index] = value;

    /// <summary>The value of a response key, for tests and tools; linear, as maps are small.</summary>
    public object? this[string name]
    {
        get
        {
            var index = Array.IndexOf(_names, name);
            return index < 0 ? throw new KeyNotFoundException(name) : _values[index];
        }
    }

    public bool ContainsKey(string name) => Array.IndexOf(_names, name) >= 0;
}
