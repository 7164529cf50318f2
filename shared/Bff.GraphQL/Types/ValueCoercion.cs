using System.Collections;

namespace Bff.GraphQL.Types;

/// <summary>
/// CoerceInputValue for runtime (variable) values, as graphql-js's <c>coerceInputValue</c>: JSON-normalized values in,
/// CLR values out (lists as <c>List&lt;object?&gt;</c>, input objects as <c>Dictionary&lt;string, object?&gt;</c>).
/// Each problem is reported with its path inside the value, and coercion carries on so that all are reported.
/// </summary>
internal static class ValueCoercion
{
    public delegate void ErrorHandler(IReadOnlyList<object> path, object? invalidValue, string message);

    public static object? Coerce(object? value, IType type, ErrorHandler onError) =>
        Coerce(JsonInput.Normalize(value), type, [], onError);

    private static object? Coerce(object? value, IType type, List<object> path, ErrorHandler onError)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, path, onError);
            }

            onError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        return value switch
        {
            null => null,
            _ when type is ListType list => CoerceList(value, list, path, onError),
            _ when type is InputObjectType input => CoerceObject(value, input, path, onError),
            _ => CoerceLeaf(value, (NamedType)type, path, onError),
        };
    }

    private static List<object?> CoerceList(object value, ListType type, List<object> path, ErrorHandler onError)
    {
        if (value is string || value is IDictionary<string, object?> || value is not IList items)
        {
            // A single value stands for a list of one (input coercion of lists, spec 3.11).
            return [Coerce(value, type.OfType, path, onError)];
        }

        var result = new List<object?>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            path.Add(i);
            result.Add(Coerce(JsonInput.Normalize(items[i]), type.OfType, path, onError));
            path.RemoveAt(path.Count - 1);
        }

        return result;
    }

    private static Dictionary<string, object?>? CoerceObject(
        object value, InputObjectType type, List<object> path, ErrorHandler onError)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            onError([.. path], value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (fields.TryGetValue(field.Name, out var fieldValue))
            {
                path.Add(field.Name);
                result[field.Name] = Coerce(JsonInput.Normalize(fieldValue), field.Type, path, onError);
                path.RemoveAt(path.Count - 1);
            }
            else if (field.HasDefaultValue)
            {
                result[field.Name] = field.CoercedDefaultValue;
            }
            else if (field.Type is NonNullType)
            {
                onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.Contains(name))
            {
                onError([.. path], value, $"Field \"{name}\" is not defined by type \"{type.Name}\".");
            }
        }

        return result;
    }

    private static object? CoerceLeaf(object value, NamedType type, List<object> path, ErrorHandler onError)
    {
        try
        {
            return type switch
            {
                ScalarType scalar => scalar.ParseValue(value),
                EnumType enumType => enumType.ParseValue(value),
                _ => throw new GraphQLCoercionException($"Type \"{type.Name}\" is not an input type."),
            };
        }
        catch (GraphQLCoercionException exception)
        {
            // graphql-js keeps the built-in scalars' and enums' own messages and names the type for custom scalars.
            var message = type is ScalarType { IsBuiltIn: false }
                ? $"Expected type \"{type.Name}\". {exception.Message}"
                : exception.Message;
            onError([.. path], value, message);
            return null;
        }
    }
}
