using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>GraphQLInt</c> rules, over CLR values.</summary>
internal static class IntCoercion
{
    public static object? Serialize(object value)
    {
        // The common case, an int, is already its own result: no new box.
        if (value is int)
        {
            return value;
        }

        object coerced = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 => JsNumber.FromString(s) is { } n ? n : value,
            _ => value,
        };
        if (coerced is bool or string || !Numbers.IsNumber(coerced) || !Numbers.IsIntegral(coerced))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return InRange(coerced) ?? throw new GraphQLCoercionException(
            $"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
    }

    public static object? ParseValue(object value)
    {
        if (value is bool || !Numbers.IsNumber(value) || !Numbers.IsIntegral(value))
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {Inspect.Value(value)}");
        }

        return InRange(value) ?? throw new GraphQLCoercionException(
            $"Int cannot represent non 32-bit signed integer value: {Inspect.Value(value)}");
    }

    public static object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not IntValueNode literal)
        {
            throw new GraphQLCoercionException($"Int cannot represent non-integer value: {ValuePrinting.Print(node)}");
        }

        if (int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        throw new GraphQLCoercionException($"Int cannot represent non 32-bit signed integer value: {literal.Value}");
    }

    private static int? InRange(object number) =>
        Numbers.TryGetIntegral(number, out var l) && l is >= int.MinValue and <= int.MaxValue ? (int)l : null;
}
