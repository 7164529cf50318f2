using System.Text.Json;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class InputCoercionTests
{
    private static readonly Schema Schema = TestSchemas.Build("""
        type Query { f(a: In): Int }
        input In { id: ID! count: Int = 2 tags: [String!] nested: In }
        """);

    private static IType In => Schema.GetType("In")!;

    [Fact]
    public void LiteralsAreCoercedWithDefaultsAndVariables()
    {
        var value = InputCoercion.CoerceLiteral(
            Parser.ParseValue("{id: 7, tags: \"one\", nested: {id: $v}}"), In, new Dictionary<string, object?> { ["v"] = "x" });

        var map = Assert.IsType<Dictionary<string, object?>>(value);
        Assert.Equal("7", map["id"]);
        Assert.Equal(2, map["count"]);
        Assert.Equal(new object?[] { "one" }, Assert.IsType<List<object?>>(map["tags"]));
        Assert.Equal("x", Assert.IsType<Dictionary<string, object?>>(map["nested"])["id"]);
    }

    [Fact]
    public void JsonVariableValuesAreCoerced()
    {
        using var json = JsonDocument.Parse("""{"id": "a", "count": 5, "tags": ["x", "y"]}""");

        var map = Assert.IsType<Dictionary<string, object?>>(InputCoercion.CoerceValue(json.RootElement, In));

        Assert.Equal(5, map["count"]);
        Assert.Equal(new object?[] { "x", "y" }, Assert.IsType<List<object?>>(map["tags"]));
        Assert.False(map.ContainsKey("nested"));
    }

    [Fact]
    public void InvalidInputReportsTheProblemAndWhereItIs()
    {
        var missing = Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceLiteral(Parser.ParseValue("{count: 1}"), In));
        Assert.Equal("Field \"In.id\" of required type \"ID!\" was not provided.", missing.Message);

        using var json = JsonDocument.Parse("""{"id": "a", "tags": ["x", null]}""");
        var nullItem = Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceValue(json.RootElement, In));
        Assert.Equal("Expected non-nullable type \"String!\" not to be null.", nullItem.Message);
        Assert.Equal(new object[] { "tags", 1 }, nullItem.Path);

        var unknown = Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceValue(
            new Dictionary<string, object?> { ["id"] = "a", ["color"] = "red" }, In));
        Assert.Equal("Field \"color\" is not defined by type \"In\".", unknown.Message);

        var badCount = Assert.Throws<GraphQLCoercionException>(() => InputCoercion.CoerceLiteral(Parser.ParseValue("{id: 1, count: 1.5}"), In));
        Assert.Equal("Int cannot represent non-integer value: 1.5", badCount.Message);
        Assert.Equal(new object[] { "count" }, badCount.Path);
    }

    [Fact]
    public void AstFromValuePrintsCoercedValuesBackAsLiterals()
    {
        var literal = AstFromValue.Convert(new Dictionary<string, object?> { ["id"] = "12", ["count"] = 3, ["tags"] = null }, In);

        Assert.Equal("{id: 12, count: 3, tags: null}", Printer.Print(literal!));
    }
}
