namespace Bff.GraphQL.Types;

public sealed partial class ScalarType
{
    /// <summary>The built-in <c>Int</c>: 32-bit signed integers; coerces to <see cref="int"/>.</summary>
    public static ScalarType Int { get; } = BuiltIn(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
        new ScalarHooks(IntCoercion.Serialize, IntCoercion.ParseValue, IntCoercion.ParseLiteral));

    /// <summary>The built-in <c>Float</c>: finite doubles; coerces to <see cref="double"/>.</summary>
    public static ScalarType Float { get; } = BuiltIn(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
        new ScalarHooks(FloatCoercion.Serialize, FloatCoercion.ParseValue, FloatCoercion.ParseLiteral));

    /// <summary>The built-in <c>String</c>; coerces to <see cref="string"/>.</summary>
    public static ScalarType String { get; } = BuiltIn(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
        new ScalarHooks(StringCoercion.Serialize, StringCoercion.ParseValue, StringCoercion.ParseLiteral));

    /// <summary>The built-in <c>Boolean</c>; coerces to <see cref="bool"/>.</summary>
    public static ScalarType Boolean { get; } = BuiltIn(
        "Boolean",
        "The `Boolean` scalar type represents `true` or `false`.",
        new ScalarHooks(BooleanCoercion.Serialize, BooleanCoercion.ParseValue, BooleanCoercion.ParseLiteral));

    /// <summary>The built-in <c>ID</c>: strings or integers in, always a <see cref="string"/> out.</summary>
    public static ScalarType ID { get; } = BuiltIn(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
        new ScalarHooks(IdCoercion.Serialize, IdCoercion.ParseValue, IdCoercion.ParseLiteral));

    /// <summary>The five specified scalars, in the spec's order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    private static ScalarType BuiltIn(string name, string description, ScalarHooks hooks) =>
        new(name, description, null, hooks, null) { IsBuiltIn = true };
}
