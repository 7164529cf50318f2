using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>The three coercion functions of a scalar, with the defaults graphql-js gives custom scalars.</summary>
internal sealed class ScalarHooks(
    Func<object, object?> serialize,
    Func<object, object?>? parseValue,
    Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral)
{
    public Func<object, object?> Serialize { get; } = serialize ?? throw new ArgumentNullException(nameof(serialize));

    public Func<object, object?> ParseValue { get; } = parseValue ?? (value => value);

    public Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteral { get; } =
        parseLiteral ?? ((node, variables) =>
        {
            var plain = UntypedValue.FromLiteral(node, variables);
            return plain is null ? null : (parseValue ?? (value => value))(plain);
        });
}
