using System.Text.Json;

namespace Bff.GraphQL.Execution;

/// <summary>
/// An object in the response, its fields in selection order. Slots are reserved when fields are collected and filled
/// as resolvers complete, so concurrent resolvers never reorder the output.
/// </summary>
public sealed class ResultMap : ResultNode
{
    // Shared by every map of the same field plan: all objects of a list have the same keys.
    private readonly FieldPlan plan;
    private readonly object?[] values;

    internal ResultMap(FieldPlan plan, ResultNode? parent = null, int parentIndex = 0, bool nullableInParent = true)
        : base(parent, parentIndex, nullableInParent)
    {
        this.plan = plan;
        values = new object?[plan.Names.Length];
    }

    public int Count => values.Length;

    public string NameAt(int index) => plan.Names[index];

    public object? ValueAt(int index) => values[index];

    /// <summary>The value of a response key, for tests and tools; linear, as maps are small.</summary>
    public object? this[string name]
    {
        get
        {
            var index = Array.IndexOf(plan.Names, name);
            return index < 0 ? throw new KeyNotFoundException(name) : values[index];
        }
    }

    public bool ContainsKey(string name) => Array.IndexOf(plan.Names, name) >= 0;

    internal FieldPlan Plan => plan;

    internal JsonEncodedText EncodedNameAt(int index) => plan.EncodedNames[index];

    internal override void SetValue(int index, object? value) => values[index] = value;

    internal override object KeyAt(int index) => plan.Names[index];
}
