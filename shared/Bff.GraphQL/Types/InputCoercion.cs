using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// Input coercion of literals (graphql-js <c>valueFromAST</c>) and of variable values (<c>coerceInputValue</c>).
/// Results: scalars as their <c>ParseValue</c>/<c>ParseLiteral</c> return, enums as runtime values, lists as
/// <c>List&lt;object?&gt;</c>, input objects as <c>Dictionary&lt;string, object?&gt;</c> holding the given fields and
/// the defaults of the others (a field with neither is absent). Invalid input throws
/// <see cref="GraphQLCoercionException"/> whose <see cref="GraphQLCoercionException.Path"/> locates the bad part.
/// </summary>
public static class InputCoercion
{
    /// <summary>Coerces a literal; variables it contains are read (already coerced) from <paramref name="variables"/>.</summary>
    public static object? CoerceLiteral(ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        return LiteralCoercion.Coerce(literal, type, variables, []);
    }

    /// <summary>Coerces a variable value: a <see cref="System.Text.Json.JsonElement"/> or plain CLR data.</summary>
    public static object? CoerceValue(object? value, IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        GraphQLCoercionException? first = null;
        var coerced = ValueCoercion.Coerce(value, type, (path, _, message) => first ??= new(message) { Path = path });
        return first is null ? coerced : throw first;
    }
}
