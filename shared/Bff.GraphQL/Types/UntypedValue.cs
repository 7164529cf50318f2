using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>A literal read without a type (graphql-js <c>valueFromASTUntyped</c>), as custom scalars see it.</summary>
internal static class UntypedValue
{
    public static object? FromLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? (object)l
            : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => FromLiteral(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, field) =>
            {
                map[field.Name.Value] = FromLiteral(field.Value, variables);
                return map;
            }),
        VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value : null,
        _ => throw new ArgumentException($"Unknown value node {node.Kind}.", nameof(node)),
    };
}
