using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class EnumBindingTests
{
    public enum StockState
    {
        InStock,
        SoldOut,
        Preorder,
    }

    private const string Sdl = """
        enum Availability { IN_STOCK SOLD_OUT PREORDER @deprecated(reason: "Use IN_STOCK") }
        type Query { availability(state: Availability = SOLD_OUT): Availability }
        """;

    [Fact]
    public void BoundEnumMapsScreamingCaseValuesToPascalCaseMembers()
    {
        var schema = TestSchemas.Build(Sdl, b => b.BindEnum<StockState>("Availability"));
        var type = (EnumType)schema.GetType("Availability")!;

        Assert.Equal(typeof(StockState), type.RuntimeType);
        Assert.Equal(StockState.InStock, type.Values["IN_STOCK"].RuntimeValue);
        Assert.Equal("SOLD_OUT", type.Serialize(StockState.SoldOut));
        Assert.Equal(StockState.Preorder, type.ParseLiteral(Parser.ParseValue("PREORDER")));
        Assert.Equal(StockState.InStock, type.ParseValue("IN_STOCK"));
        Assert.Equal("Use IN_STOCK", type.Values["PREORDER"].DeprecationReason);
    }

    [Fact]
    public void DefaultValuesOfBoundEnumsAreCoercedToClrMembers()
    {
        var schema = TestSchemas.Build(Sdl, b => b.BindEnum<StockState>("Availability"));

        var argument = ((ObjectType)schema.GetType("Query")!).Fields["availability"].Arguments["state"];
        Assert.Equal(StockState.SoldOut, argument.CoercedDefaultValue);
    }

    [Fact]
    public void UnboundEnumUsesValueNamesAsRuntimeValues()
    {
        var type = (EnumType)TestSchemas.Build(Sdl).GetType("Availability")!;

        Assert.Equal("IN_STOCK", type.ParseLiteral(Parser.ParseValue("IN_STOCK")));
        Assert.Equal("SOLD_OUT", type.Serialize("SOLD_OUT"));
    }

    [Fact]
    public void EnumCoercionRejectsUnknownAndNonEnumValues()
    {
        var type = (EnumType)TestSchemas.Build(Sdl, b => b.BindEnum<StockState>("Availability")).GetType("Availability")!;

        Assert.Equal("Value \"GONE\" does not exist in \"Availability\" enum.",
            Assert.Throws<GraphQLCoercionException>(() => type.ParseLiteral(Parser.ParseValue("GONE"))).Message);
        Assert.Equal("Enum \"Availability\" cannot represent non-enum value: \"IN_STOCK\".",
            Assert.Throws<GraphQLCoercionException>(() => type.ParseLiteral(Parser.ParseValue("\"IN_STOCK\""))).Message);
        Assert.Equal("Enum \"Availability\" cannot represent non-string value: 1.",
            Assert.Throws<GraphQLCoercionException>(() => type.ParseValue(1)).Message);
        Assert.Equal("Enum \"Availability\" cannot represent value: 7",
            Assert.Throws<GraphQLCoercionException>(() => type.Serialize((StockState)7)).Message);
    }

    [Fact]
    public void EnumValueWithoutMatchingClrMemberIsAnError()
    {
        var errors = TestSchemas.Errors(
            "enum Availability { IN_STOCK BACKORDER } type Query { a: Availability }",
            b => b.BindEnum<StockState>("Availability"));

        Assert.Equal(
            [$"Enum value \"Availability.BACKORDER\" has no matching member in CLR enum \"{typeof(StockState).FullName}\"."],
            errors);
    }
}
