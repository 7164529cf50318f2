using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>GraphQLID</c> rules, plus <see cref="Guid"/> serialized in its "D" format.</summary>
internal static class IdCoercion
{
    public static object? Serialize(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString("D", CultureInfo.InvariantCulture),
        _ => IntegralText(value)
            ?? throw new GraphQLCoercionException($"ID cannot represent value: {Inspect.Value(value)}"),
    };

    public static object? ParseValue(object value) => value as string
        ?? IntegralText(value)
        ?? throw new GraphQLCoercionException($"ID cannot represent value: {Inspect.Value(value)}");

    public static object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new GraphQLCoercionException(
            $"ID cannot represent a non-string and non-integer value: {ValuePrinting.Print(node)}"),
    };

    private static string? IntegralText(object value)
    {
        if (value is bool || !Numbers.IsNumber(value) || !Numbers.IsIntegral(value))
        {
            return null;
        }

        return Numbers.TryGetIntegral(value, out var l)
            ? l.ToString(CultureInfo.InvariantCulture)
            : ((IFormattable)value).ToString("0", CultureInfo.InvariantCulture);
    }
}
