using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class ScalarInputCoercionTests
{
    public static TheoryData<string, string, object> ValidLiterals => new()
    {
        { "Int", "42", 42 },
        { "Int", "-2147483648", int.MinValue },
        { "Float", "1.5", 1.5d },
        { "Float", "3", 3d },
        { "String", "\"abc\"", "abc" },
        { "String", "\"\"\"block\"\"\"", "block" },
        { "Boolean", "true", true },
        { "ID", "\"x1\"", "x1" },
        { "ID", "123", "123" },
    };

    public static TheoryData<string, string, string> InvalidLiterals => new()
    {
        { "Int", "1.5", "Int cannot represent non-integer value: 1.5" },
        { "Int", "\"1\"", "Int cannot represent non-integer value: \"1\"" },
        { "Int", "2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { "Int", "99999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999" },
        { "Float", "\"1.5\"", "Float cannot represent non numeric value: \"1.5\"" },
        { "Float", "true", "Float cannot represent non numeric value: true" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "String", "RED", "String cannot represent a non string value: RED" },
        { "Boolean", "1", "Boolean cannot represent a non boolean value: 1" },
        { "Boolean", "\"true\"", "Boolean cannot represent a non boolean value: \"true\"" },
        { "ID", "1.5", "ID cannot represent a non-string and non-integer value: 1.5" },
        { "ID", "[1]", "ID cannot represent a non-string and non-integer value: [1]" },
    };

    public static TheoryData<string, string, object> ValidJsonValues => new()
    {
        { "Int", "7", 7 },
        { "Int", "1.0", 1 },
        { "Float", "7", 7d },
        { "Float", "-0.25", -0.25d },
        { "String", "\"s\"", "s" },
        { "Boolean", "false", false },
        { "ID", "\"a\"", "a" },
        { "ID", "12", "12" },
    };

    public static TheoryData<string, string, string> InvalidJsonValues => new()
    {
        { "Int", "1.5", "Int cannot represent non-integer value: 1.5" },
        { "Int", "\"5\"", "Int cannot represent non-integer value: \"5\"" },
        { "Int", "true", "Int cannot represent non-integer value: true" },
        { "Int", "3000000000", "Int cannot represent non 32-bit signed integer value: 3000000000" },
        { "Float", "\"1\"", "Float cannot represent non numeric value: \"1\"" },
        { "Float", "[1]", "Float cannot represent non numeric value: [1]" },
        { "String", "1", "String cannot represent a non string value: 1" },
        { "String", "{\"a\":1}", "String cannot represent a non string value: { a: 1 }" },
        { "Boolean", "0", "Boolean cannot represent a non boolean value: 0" },
        { "ID", "1.5", "ID cannot represent value: 1.5" },
        { "ID", "true", "ID cannot represent value: true" },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void BuiltInScalarsParseValidLiterals(string scalar, string literal, object expected) =>
        Assert.Equal(expected, Scalar(scalar).ParseLiteral(Parser.ParseValue(literal)));

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void BuiltInScalarsRejectInvalidLiteralsWithGraphQLJsMessages(string scalar, string literal, string message)
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => Scalar(scalar).ParseLiteral(Parser.ParseValue(literal)));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [MemberData(nameof(ValidJsonValues))]
    public void BuiltInScalarsParseJsonVariableValues(string scalar, string json, object expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, Scalar(scalar).ParseValue(document.RootElement));
    }

    [Theory]
    [MemberData(nameof(InvalidJsonValues))]
    public void BuiltInScalarsRejectInvalidJsonValuesWithGraphQLJsMessages(string scalar, string json, string message)
    {
        using var document = JsonDocument.Parse(json);
        var error = Assert.Throws<GraphQLCoercionException>(() => Scalar(scalar).ParseValue(document.RootElement));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void BuiltInScalarsAcceptPlainClrInputValues()
    {
        Assert.Equal(5, ScalarType.Int.ParseValue(5L));
        Assert.Equal(2.5d, ScalarType.Float.ParseValue(2.5m));
        Assert.Equal("9", ScalarType.ID.ParseValue(9));
        Assert.Null(ScalarType.Int.ParseValue(null));
        Assert.Null(ScalarType.Int.ParseLiteral(new NullValueNode()));
    }

    private static ScalarType Scalar(string name) => ScalarType.Specified.Single(s => s.Name == name);
}
