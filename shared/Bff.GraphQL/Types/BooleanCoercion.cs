using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js 16's <c>GraphQLBoolean</c> rules: numbers serialize as "not zero", input is strict.</summary>
internal static class BooleanCoercion
{
    public static object? Serialize(object value)
    {
        if (value is bool)
        {
            // Already its own result: no new box.
            return value;
        }

        if (Numbers.TryGetDouble(value, out var d) && double.IsFinite(d))
        {
            return d != 0;
        }

        throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");
    }

    public static object? ParseValue(object value) => value is bool b
        ? b
        : throw new GraphQLCoercionException($"Boolean cannot represent a non boolean value: {Inspect.Value(value)}");

    public static object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is BooleanValueNode b
            ? b.Value
            : throw new GraphQLCoercionException(
                $"Boolean cannot represent a non boolean value: {ValuePrinting.Print(node)}");
}
