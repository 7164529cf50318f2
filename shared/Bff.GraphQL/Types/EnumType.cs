using Bff.GraphQL.Language;

namespace Bff.GraphQL.Types;

/// <summary>An enum type. Coercion maps between GraphQL names and <see cref="EnumValue.RuntimeValue"/>s.</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<object, EnumValue> byRuntimeValue = [];

    internal EnumType(string name, string? description, TypeSyntax? syntax = null, bool isBuiltIn = false)
        : base(name, description, syntax)
    {
        IsBuiltIn = isBuiltIn;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values, in definition order.</summary>
    public NamedCollection<EnumValue> Values { get; private set; } = new([], v => v.Name);

    /// <summary>The CLR enum bound with <see cref="SchemaBuilder.BindEnum{TEnum}(string)"/>, or null.</summary>
    public Type? RuntimeType { get; private set; }

    /// <summary>
    /// Output coercion: the name of the value whose runtime value equals <paramref name="value"/>. A string that is
    /// exactly a value's name is accepted too, because dictionary-shaped backend data carries enum names.
    /// </summary>
    /// <exception cref="GraphQLCoercionException">The value is not one of the enum's.</exception>
    public string? Serialize(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (byRuntimeValue.TryGetValue(value, out var match) || (value is string s && Values.TryGetValue(s, out match)))
        {
            return match.Name;
        }

        throw new GraphQLCoercionException($"Enum \"{Name}\" cannot represent value: {Inspect.Value(value)}");
    }

    /// <summary>Input coercion of a variable value (a name, as a string or JSON string): the runtime value.</summary>
    public object? ParseValue(object? value)
    {
        value = JsonInput.Normalize(value);
        return value switch
        {
            null => null,
            string name when Values.TryGetValue(name, out var match) => match.RuntimeValue,
            string name => throw new GraphQLCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum."),
            _ => throw new GraphQLCoercionException(
                $"Enum \"{Name}\" cannot represent non-string value: {Inspect.Value(value)}."),
        };
    }

    /// <summary>Input coercion of a literal: only an enum literal naming one of the values is accepted.</summary>
    public object? ParseLiteral(ValueNode literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal switch
        {
            NullValueNode => null,
            EnumValueNode node when Values.TryGetValue(node.Value, out var match) => match.RuntimeValue,
            EnumValueNode node => throw new GraphQLCoercionException(
                $"Value \"{node.Value}\" does not exist in \"{Name}\" enum."),
            _ => throw new GraphQLCoercionException(
                $"Enum \"{Name}\" cannot represent non-enum value: {ValuePrinting.Print(literal)}."),
        };
    }

    internal void Complete(IEnumerable<EnumValue> values, Type? runtimeType)
    {
        Values = new NamedCollection<EnumValue>(values, v => v.Name);
        RuntimeType = runtimeType;
        byRuntimeValue = [];
        foreach (var value in Values)
        {
            byRuntimeValue.TryAdd(value.RuntimeValue, value);
        }
    }
}
