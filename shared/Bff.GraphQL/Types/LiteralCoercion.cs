using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>graphql-js <c>valueFromAST</c>, throwing where graphql-js returns <c>undefined</c>.</summary>
internal static class LiteralCoercion
{
    public static object? Coerce(
        ValueNode literal, IType type, IReadOnlyDictionary<string, object?>? variables, List<object> path)
    {
        if (literal is VariableNode variable)
        {
            if (variables is not null && variables.TryGetValue(variable.Name.Value, out var value))
            {
                return value is null && type is NonNullType ? throw Fail($"Expected non-null value for \"{type}\", found null.", path) : value;
            }

            return type is NonNullType
                ? throw Fail($"Variable \"${variable.Name.Value}\" of required type \"{type}\" was not provided.", path)
                : null;
        }

        return type switch
        {
            NonNullType nonNull => literal is NullValueNode
                ? throw Fail($"Expected value of type \"{type}\", found null.", path)
                : Coerce(literal, nonNull.OfType, variables, path),
            _ when literal is NullValueNode => null,
            ListType list => CoerceList(literal, list, variables, path),
            InputObjectType input => CoerceObject(literal, input, variables, path),
            ScalarType scalar => Leaf(() => scalar.ParseLiteral(literal, variables), path),
            EnumType enumType => Leaf(() => enumType.ParseLiteral(literal), path),
            _ => throw Fail($"Type \"{type}\" is not an input type.", path),
        };
    }

    private static List<object?> CoerceList(
        ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, List<object> path)
    {
        if (literal is not ListValueNode items)
        {
            return [Coerce(literal, list.OfType, variables, path)];
        }

        var result = new List<object?>(items.Values.Count);
        for (var i = 0; i < items.Values.Count; i++)
        {
            result.Add(Coerce(items.Values[i], list.OfType, variables, [.. path, i]));
        }

        return result;
    }

    private static Dictionary<string, object?> CoerceObject(
        ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, List<object> path)
    {
        if (literal is not ObjectValueNode obj)
        {
            throw Fail($"Expected value of type \"{type.Name}\", found {ValuePrinting.Print(literal)}.", path);
        }

        var given = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (!type.Fields.Contains(field.Name.Value))
            {
                throw Fail($"Field \"{field.Name.Value}\" is not defined by type \"{type.Name}\".", path);
            }

            given.TryAdd(field.Name.Value, field.Value);
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var missing = !given.TryGetValue(field.Name, out var value)
                || (value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value)));
            if (!missing)
            {
                result[field.Name] = Coerce(value!, field.Type, variables, [.. path, field.Name]);
            }
            else if (field.HasDefaultValue)
            {
                result[field.Name] = field.CoercedDefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                throw Fail($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", path);
            }
        }

        return result;
    }

    private static object? Leaf(Func<object?> parse, List<object> path)
    {
        try
        {
            return parse();
        }
        catch (GraphQLCoercionException ex) when (ex.Path.Count == 0 && path.Count > 0)
        {
            throw new GraphQLCoercionException(ex.Message, ex) { Path = path };
        }
    }

    private static GraphQLCoercionException Fail(string message, List<object> path) => new(message) { Path = path };
}
