using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class ScalarOutputCoercionTests
{
    public static TheoryData<string, object, object> Serialized => new()
    {
        { "Int", 1, 1 },
        { "Int", 7L, 7 },
        { "Int", (short)-3, -3 },
        { "Int", (byte)255, 255 },
        { "Int", 4u, 4 },
        { "Int", 2.0d, 2 },
        { "Int", 1e3m, 1000 },
        { "Int", true, 1 },
        { "Int", false, 0 },
        { "Int", "12", 12 },
        { "Float", 1, 1d },
        { "Float", 1.5f, 1.5d },
        { "Float", 0.1m, 0.1d },
        { "Float", true, 1d },
        { "Float", "2.5", 2.5d },
        { "String", "s", "s" },
        { "String", 'c', "c" },
        { "String", true, "true" },
        { "String", 42, "42" },
        { "String", 1.5d, "1.5" },
        { "String", 3.0d, "3" },
        { "Boolean", true, true },
        { "Boolean", 0, false },
        { "Boolean", 2.5d, true },
        { "ID", "abc", "abc" },
        { "ID", 12, "12" },
        { "ID", 12L, "12" },
        { "ID", 3.0d, "3" },
    };

    public static TheoryData<string, object, string> Rejected => new()
    {
        { "Int", 1.5d, "Int cannot represent non-integer value: 1.5" },
        { "Int", 3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000" },
        { "Int", "abc", "Int cannot represent non-integer value: \"abc\"" },
        { "Int", "", "Int cannot represent non-integer value: \"\"" },
        { "Int", double.NaN, "Int cannot represent non-integer value: NaN" },
        { "Float", double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
        { "Float", "x", "Float cannot represent non numeric value: \"x\"" },
        { "String", double.NaN, "String cannot represent value: NaN" },
        { "String", new object[] { 1 }, "String cannot represent value: [1]" },
        { "Boolean", "true", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", true, "ID cannot represent value: true" },
        { "ID", 1.5d, "ID cannot represent value: 1.5" },
    };

    [Theory]
    [MemberData(nameof(Serialized))]
    public void BuiltInScalarsSerializeClrValuesLikeGraphQLJs(string scalar, object value, object expected) =>
        Assert.Equal(expected, Scalar(scalar).Serialize(value));

    [Theory]
    [MemberData(nameof(Rejected))]
    public void BuiltInScalarsRefuseToSerializeValuesTheyCannotRepresent(string scalar, object value, string message)
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => Scalar(scalar).Serialize(value));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void IdSerializesGuidsInTheirCanonicalForm()
    {
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
        Assert.Equal("6f9619ff-8b86-d011-b42d-00cf4fc964ff", ScalarType.ID.Serialize(id));
    }

    [Fact]
    public void NullSerializesAsNull() => Assert.Null(ScalarType.String.Serialize(null));

    private static ScalarType Scalar(string name) => ScalarType.Specified.Single(s => s.Name == name);
}
