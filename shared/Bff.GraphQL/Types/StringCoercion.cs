using System.Globalization;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>GraphQLString</c> rules, plus <see cref="char"/> serialized as a one-letter string.</summary>
internal static class StringCoercion
{
    public static object? Serialize(object value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        double or float when Numbers.TryGetDouble(value, out var d) && double.IsFinite(d) => Inspect.Number(d),
        IFormattable n when Numbers.IsNumber(value) && value is not double and not float =>
            n.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new GraphQLCoercionException($"String cannot represent value: {Inspect.Value(value)}"),
    };

    public static object? ParseValue(object value) => value as string
        ?? throw new GraphQLCoercionException($"String cannot represent a non string value: {Inspect.Value(value)}");

    public static object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode s
            ? s.Value
            : throw new GraphQLCoercionException(
                $"String cannot represent a non string value: {ValuePrinting.Print(node)}");
}
