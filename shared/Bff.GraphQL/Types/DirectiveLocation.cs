namespace Bff.GraphQL.Types;

/// <summary>The 19 places a directive can be used, as flags so that a directive's allowed set is one value.</summary>
[Flags]
#pragma warning disable CA1711 // "Location" is the spec's word, not a collection suffix.
public enum DirectiveLocation
#pragma warning restore CA1711
{
    None = 0,
    Query = 1 << 0,
    Mutation = 1 << 1,
    Subscription = 1 << 2,
    Field = 1 << 3,
    FragmentDefinition = 1 << 4,
    FragmentSpread = 1 << 5,
    InlineFragment = 1 << 6,
    VariableDefinition = 1 << 7,
    Schema = 1 << 8,
    Scalar = 1 << 9,
    Object = 1 << 10,
    FieldDefinition = 1 << 11,
    ArgumentDefinition = 1 << 12,
    Interface = 1 << 13,
    Union = 1 << 14,
    Enum = 1 << 15,
    EnumValue = 1 << 16,
    InputObject = 1 << 17,
    InputFieldDefinition = 1 << 18,
}
