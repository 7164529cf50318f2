using System.Collections;
using System.Text.RegularExpressions;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>
/// graphql-js 16's <c>astFromValue</c>: turns a coerced input value back into a literal of its type. Used to print
/// default values in SDL and introspection. In a coerced input object a missing key means "not given".
/// </summary>
public static partial class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/> of <paramref name="type"/>; null when there is nothing to print.</summary>
    public static ValueNode? Convert(object? value, IType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        switch (type)
        {
            case NonNullType nonNull:
                var inner = Convert(value, nonNull.OfType);
                return inner is NullValueNode ? null : inner;
            case var _ when value is null:
                return new NullValueNode();
            case ListType list:
                return value is IEnumerable items and not string and not IDictionary<string, object?>
                    ? new ListValueNode([.. items.Cast<object?>().Select(i => Convert(i, list.OfType)).OfType<ValueNode>()])
                    : Convert(value, list.OfType);
            case InputObjectType input:
                return FromInputObject(value, input);
            case ScalarType scalar:
                return FromSerialized(scalar.Serialize(value), scalar == ScalarType.ID, isEnum: false);
            case EnumType enumType:
                return FromSerialized(enumType.Serialize(value), isId: false, isEnum: true);
            default:
                return null;
        }
    }

    /// <summary>The printed default value of an argument or input field, as introspection's <c>defaultValue</c>.</summary>
    public static string? PrintDefault(InputField inputValue)
    {
        ArgumentNullException.ThrowIfNull(inputValue);
        return inputValue.HasDefaultValue && Convert(inputValue.CoercedDefaultValue, inputValue.Type) is { } literal
            ? ValuePrinting.Print(literal)
            : null;
    }

    private static ObjectValueNode? FromInputObject(object value, InputObjectType type)
    {
        Func<string, (bool Found, object? Value)>? read = value switch
        {
            IReadOnlyDictionary<string, object?> map => name => (map.TryGetValue(name, out var v), v),
            IDictionary<string, object?> map => name => (map.TryGetValue(name, out var v), v),
            _ => null,
        };
        if (read is null)
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            var (found, fieldValue) = read(field.Name);
            if (found && Convert(fieldValue, field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static ValueNode? FromSerialized(object? serialized, bool isId, bool isEnum) => serialized switch
    {
        null => null,
        bool b => new BooleanValueNode(b),
        string s when isEnum => new EnumValueNode(s),
        string s when isId && IntegerString().IsMatch(s) => new IntValueNode(s),
        string s => new StringValueNode(s),
        _ when Numbers.TryGetDouble(serialized, out var d) && double.IsFinite(d) => NumberLiteral(serialized, d),
        IEnumerable items and not IDictionary<string, object?> =>
            new ListValueNode([.. items.Cast<object?>().Select(i => FromSerialized(i, false, false) ?? new NullValueNode())]),
        IDictionary<string, object?> map => new ObjectValueNode([.. map.Select(p =>
            new ObjectFieldNode(new NameNode(p.Key), FromSerialized(p.Value, false, false) ?? new NullValueNode()))]),
        _ => throw new GraphQLCoercionException($"Cannot convert value to AST: {Inspect.Value(serialized)}."),
    };

    private static ValueNode NumberLiteral(object number, double asDouble)
    {
        var text = Numbers.TryGetIntegral(number, out var l) && number is not double and not float
            ? l.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Inspect.Number(asDouble);
        return IntegerString().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
