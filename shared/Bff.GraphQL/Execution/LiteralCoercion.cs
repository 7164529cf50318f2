using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// Input coercion of literals (graphql-js's <c>valueFromAST</c>): argument values and variable defaults. Variables
/// inside the literal take their coerced values. Returns false when the literal is invalid for the type or refers to
/// a variable that was not provided where a value is required.
/// </summary>
internal static class LiteralCoercion
{
    public static bool TryCoerce(
        ValueNode node, IType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out value))
            {
                return false;
            }

            return value is not null || type is not NonNullType;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryCoerce(node, nonNull.OfType, variables, out value);
        }

        return node switch
        {
            NullValueNode => true,
            _ when type is ListType list => TryCoerceList(node, list, variables, out value),
            _ when type is InputObjectType input => TryCoerceObject(node, input, variables, out value),
            _ => TryCoerceLeaf(node, (NamedType)type, variables, out value),
        };
    }

    private static bool TryCoerceList(
        ValueNode node, ListType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        if (node is not ListValueNode list)
        {
            var ok = TryCoerce(node, type.OfType, variables, out var single);
            value = new[] { single };
            return ok;
        }

        var items = new object?[list.Values.Count];
        value = items;
        for (var i = 0; i < items.Length; i++)
        {
            var item = list.Values[i];
            if (IsMissingVariable(item, variables))
            {
                // A missing variable in a list becomes null, which only a nullable item type accepts.
                if (type.OfType is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(item, type.OfType, variables, out items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryCoerceObject(
        ValueNode node, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is not ObjectValueNode literal)
        {
            return false;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var fieldNode in literal.Fields)
        {
            if (!type.Fields.Contains(fieldNode.Name.Value))
            {
                return false;
            }
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = literal.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
            if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.CoercedDefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryCoerce(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        value = result;
        return true;
    }

    private static bool TryCoerceLeaf(
        ValueNode node, NamedType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        try
        {
            value = type switch
            {
                ScalarType scalar => scalar.ParseLiteral(node, variables),
                EnumType enumType => enumType.ParseLiteral(node),
                _ => throw new GraphQLCoercionException($"Type \"{type.Name}\" is not an input type."),
            };
            return true;
        }
        catch (GraphQLCoercionException)
        {
            value = null;
            return false;
        }
    }

    internal static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
