using System.Globalization;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class CustomScalarTests
{
    private static readonly ScalarType Date = new(
        "Date",
        serialize: value => value is DateOnly d
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new GraphQLCoercionException($"Date cannot represent value: {value}"),
        parseValue: value => DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        parseLiteral: (node, _) => node is StringValueNode s
            ? DateOnly.ParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new GraphQLCoercionException("Date must be a string literal."),
        description: "A calendar date.");

    [Fact]
    public void CustomScalarHooksCoerceInputAndOutput()
    {
        Assert.Equal("2024-02-29", Date.Serialize(new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 1, 2), Date.ParseValue("2024-01-02"));
        Assert.Equal(new DateOnly(2024, 1, 3), Date.ParseLiteral(Parser.ParseValue("\"2024-01-03\"")));
        Assert.Equal("Date must be a string literal.",
            Assert.Throws<GraphQLCoercionException>(() => Date.ParseLiteral(Parser.ParseValue("3"))).Message);
    }

    [Fact]
    public void ExceptionsOfCustomHooksBecomeCoercionErrors()
    {
        var error = Assert.Throws<GraphQLCoercionException>(() => Date.ParseValue("yesterday"));

        Assert.StartsWith("Date cannot represent value: \"yesterday\".", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void AddedScalarTakesDescriptionAndSpecifiedByFromSdl()
    {
        var schema = TestSchemas.Build(
            """
            "Calendar date, ISO 8601."
            scalar Date @specifiedBy(url: "https://example.com/date")
            type Query { today: Date }
            """,
            b => b.AddScalar(Date));

        var date = (ScalarType)schema.GetType("Date")!;
        Assert.Equal("Calendar date, ISO 8601.", date.Description);
        Assert.Equal("https://example.com/date", date.SpecifiedByUrl);
        Assert.Equal("2020-01-01", date.Serialize(new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void ScalarDeclaredOnlyInSdlPassesValuesThroughAndReadsLiteralsAsPlainData()
    {
        var schema = TestSchemas.Build("scalar Json type Query { data(filter: Json): Json }");
        var json = (ScalarType)schema.GetType("Json")!;

        var parsed = json.ParseLiteral(Parser.ParseValue("{a: [1, \"x\", $v]}"), new Dictionary<string, object?> { ["v"] = true });

        var map = Assert.IsType<Dictionary<string, object?>>(parsed);
        Assert.Equal(new object?[] { 1L, "x", true }, Assert.IsType<List<object?>>(map["a"]));
        Assert.Same(map, json.Serialize(map));
    }

    [Fact]
    public void AddedScalarWithoutSdlDeclarationIsStillInTheSchema()
    {
        var schema = TestSchemas.Build("type Query { a: Int }", b => b.AddScalar(Date));

        Assert.Same(Date, schema.GetType("Date"));
    }
}
