using Bff.GraphQL.Execution;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class CompositionTests
{
    private const string Catalog = """
        type Query { product(id: ID!): Product search(filter: Filter, sort: InternalSort): [SearchResult!]! }
        interface Node { id: ID! }
        type Product implements Node & Audited { id: ID! name: String cost: Money internal: InternalInfo createdBy: InternalInfo }
        interface Audited { createdBy: InternalInfo }
        type InternalInfo { note: String }
        type Money { amount: Float }
        union SearchResult = Product | InternalInfo
        input Filter { name: String audit: InternalFilter }
        input InternalFilter { by: String }
        enum InternalSort { SECRET }
        """;

    [Fact]
    public void RemoveTypeRemovesEveryReferenceToIt()
    {
        var schema = TestSchemas.Build(Catalog, b => b
            .RemoveType("InternalInfo")
            .RemoveType("InternalFilter")
            .RemoveType("InternalSort")
            .RemoveType("Audited"));

        Assert.Null(schema.GetType("InternalInfo"));
        var product = (ObjectType)schema.GetType("Product")!;
        Assert.Equal(["id", "name", "cost"], product.Fields.Select(f => f.Name));
        Assert.Equal(["Node"], product.Interfaces.Select(i => i.Name));
        Assert.Equal(["Product"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        Assert.Equal(["name"], ((InputObjectType)schema.GetType("Filter")!).Fields.Select(f => f.Name));
        Assert.Equal(["filter"], schema.QueryType.Fields["search"].Arguments.Select(a => a.Name));
        Assert.DoesNotContain("Internal", schema.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingTheQueryTypeLeavesNoQueryRoot()
    {
        var errors = TestSchemas.Errors("type Query { a: Int } type Other { b: Int }", b => b.RemoveType("Query"));

        Assert.Equal(["Query root type must be provided."], errors);
    }

    [Fact]
    public void RemoveFieldRemovesOneField()
    {
        var schema = TestSchemas.Build(Catalog, b => b.RemoveField("Product", "cost").RemoveField("Filter", "audit"));

        Assert.False(((ObjectType)schema.GetType("Product")!).Fields.Contains("cost"));
        Assert.False(((InputObjectType)schema.GetType("Filter")!).Fields.Contains("audit"));
        Assert.NotNull(schema.GetType("Money"));
    }

    [Fact]
    public void RenameTypeUpdatesEveryReferenceAndThePrintedSchema()
    {
        var schema = TestSchemas.Build(Catalog, b => b.RenameType("Product", "CatalogItem").RenameType("Query", "CatalogQuery"));

        Assert.Null(schema.GetType("Product"));
        Assert.Equal("CatalogQuery", schema.QueryType.Name);
        Assert.Equal("CatalogItem", schema.QueryType.Fields["product"].Type.ToString());
        Assert.Equal(["CatalogItem", "InternalInfo"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        var printed = schema.ToString();
        Assert.StartsWith("schema {\n  query: CatalogQuery\n}\n\ntype CatalogQuery {\n  product(id: ID!): CatalogItem\n", printed, StringComparison.Ordinal);
        Assert.Contains("type CatalogItem implements Node & Audited {", printed, StringComparison.Ordinal);
        Assert.Contains("union SearchResult = CatalogItem | InternalInfo", printed, StringComparison.Ordinal);
        Assert.Equal(2, schema.Types.Keys.ToList().IndexOf("CatalogItem"));
    }

    [Fact]
    public async Task RenamedFieldKeepsTheResolverBoundToItsOriginalCoordinate()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { price: Float legacy: String }")
            .AddResolver("Query", "price", _ => 9.5)
            .AddResolver("Query", "legacy", _ => "module")
            .RenameField("Query", "price", "cost")
            .RenameType("Query", "Root")
            .RenameField("Root", "legacy", "current")
            .AddResolver("Root", "current", _ => "bff")
            .Create();

        Assert.Equal(["cost", "current"], schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(9.5, await FakeResolverContext.Resolve(schema, "Root", "cost", null));
        Assert.Equal("bff", await FakeResolverContext.Resolve(schema, "Root", "current", null));
    }

    [Fact]
    public async Task RenamedFieldOfABoundTypeStillReadsTheOriginalMember()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { item: Item } type Item { name: String }")
            .AddResolver("Query", "item", _ => new Item("lamp"))
            .BindRuntimeType<Item>("Item")
            .RenameField("Item", "name", "title")
            .Create();

        Assert.Equal("lamp", await FakeResolverContext.Resolve(schema, "Item", "title", new Item("lamp")));
    }

    [Fact]
    public void CompositionStepsOnUnknownNamesAreReported()
    {
        var errors = TestSchemas.Errors("type Query { a: Int }", b => b
            .RemoveType("Nope")
            .RemoveField("Query", "b")
            .RenameType("Query", "String")
            .RenameField("Query", "a", "a2")
            .RenameField("Query", "a", "x"));

        Assert.Equal(
            [
                "Cannot remove type \"Nope\": it is not defined.",
                "Cannot remove field \"Query.b\": it is not defined.",
                "Cannot rename type \"Query\" to \"String\": that name is taken.",
                "Cannot rename field \"Query.a\": it is not defined.",
            ],
            errors);
    }

    private sealed record Item(string Name);
}
