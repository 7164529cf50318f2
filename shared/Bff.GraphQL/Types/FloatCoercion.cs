using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>GraphQLFloat</c> rules, over CLR values.</summary>
internal static class FloatCoercion
{
    public static object? Serialize(object value)
    {
        // The common case, a finite double, is already its own result: no new box.
        if (value is double finite && double.IsFinite(finite))
        {
            return value;
        }

        object coerced = value switch
        {
            bool b => b ? 1d : 0d,
            string s when s.Length > 0 => JsNumber.FromString(s) is { } n ? n : value,
            _ => value,
        };
        if (coerced is not string && Numbers.TryGetDouble(coerced, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    public static object? ParseValue(object value)
    {
        if (value is not bool && Numbers.TryGetDouble(value, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw new GraphQLCoercionException($"Float cannot represent non numeric value: {Inspect.Value(value)}");
    }

    public static object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException(
            $"Float cannot represent non numeric value: {ValuePrinting.Print(node)}"),
    };
}
