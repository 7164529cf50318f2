using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>A value printed with object fields sorted by name, so that equal values print equally (graphql-js's <c>sortValueNode</c>).</summary>
internal static class CanonicalValue
{
    public static string Print(ValueNode value) => ValuePrinting.Print(Sort(value));

    // Recursion is bounded by the parser's nesting limit on list and object values.
    private static ValueNode Sort(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode(
            [.. obj.Fields.Select(f => new ObjectFieldNode(f.Name, Sort(f.Value))).OrderBy(f => f.Name.Value, NaturalComparer.Instance)]),
        ListValueNode list => new ListValueNode([.. list.Values.Select(Sort)]),
        _ => value,
    };
}
