using Bff.GraphQL.Execution;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class ResolverBindingTests
{
    private const string Sdl = """
        type Query { product: Product total: Int review: Review }
        type Product { id: ID! displayName: String tags: [String] }
        type Review { stars: Int body: String }
        """;

    [Fact]
    public async Task ExplicitResolversInEveryShapeAreBound()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "product", (FieldResolverDelegate)(_ => new ValueTask<object?>(new Product("p1", "Lamp"))))
            .AddResolver("Query", "total", _ => 3)
            .AddResolver("Query", "review", async _ =>
            {
                await Task.Yield();
                return new Dictionary<string, object?> { ["stars"] = 5 };
            })
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<IReadOnlyDictionary<string, object?>>("Review")
            .Create();

        Assert.Equal("p1", Assert.IsType<Product>(await FakeResolverContext.Resolve(schema, "Query", "product", null)).Id);
        Assert.Equal(3, await FakeResolverContext.Resolve(schema, "Query", "total", null));
        var review = await FakeResolverContext.Resolve(schema, "Query", "review", null);
        Assert.Equal(5, await FakeResolverContext.Resolve(schema, "Review", "stars", review));
        Assert.Null(await FakeResolverContext.Resolve(schema, "Review", "body", review));
    }

    [Fact]
    public async Task BoundClrTypeResolvesFieldsFromPropertiesAndFieldsIgnoringCase()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "product", _ => null)
            .AddResolver("Query", "total", _ => 0)
            .AddResolver("Query", "review", _ => null)
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<IReadOnlyDictionary<string, object?>>("Review")
            .Create();
        var product = new Product("p2", "Desk");

        Assert.Equal("p2", await FakeResolverContext.Resolve(schema, "Product", "id", product));
        Assert.Equal("Desk", await FakeResolverContext.Resolve(schema, "Product", "displayName", product));
        Assert.Equal(new[] { "new" }, await FakeResolverContext.Resolve(schema, "Product", "tags", product));
        Assert.Equal(typeof(Product), ((ObjectType)schema.GetType("Product")!).RuntimeType);
    }

    [Fact]
    public void CreateNamesEveryFieldThatCannotBeResolved()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddDocumentFromString(Sdl + " type Unused { a: Int }")
            .AddResolver("Query", "product", _ => null)
            .BindRuntimeType<Product>("Product")
            .BindRuntimeType<Product>("Review")
            .Create());

        Assert.Equal(
            [
                "Query.total", "Query.review", "Review.stars", "Review.body", "Unused.a",
            ],
            exception.Errors.Select(e => e.Coordinate));
        Assert.Equal(
            "Field \"Query.total\" has no resolver: add one, or bind \"Query\" to a CLR type that has a \"total\" member.",
            exception.Errors[0].Message);
        Assert.Equal(
            $"Field \"Review.stars\" has no resolver and CLR type \"{typeof(Product).FullName}\" has no public property or field \"stars\".",
            exception.Errors[2].Message);
    }

    [Fact]
    public async Task WithoutStrictResolversUnboundFieldsReadDictionariesAndMembers()
    {
        var schema = TestSchemas.Build(Sdl);

        Assert.Equal("x", await FakeResolverContext.Resolve(schema, "Product", "id", new Dictionary<string, object?> { ["id"] = "x" }));
        Assert.Equal("Chair", await FakeResolverContext.Resolve(schema, "Product", "displayName", new Product("p", "Chair")));
        Assert.Null(await FakeResolverContext.Resolve(schema, "Product", "displayName", new object()));
    }

    [Fact]
    public void AbstractTypesResolveByHookByRuntimeTypeAndByTypeNameKey()
    {
        var schema = TestSchemas.Build(
            """
            type Query { r: Result n: Named }
            union Result = Product | Review
            interface Named { displayName: String }
            type Product implements Named { displayName: String }
            type Review implements Named { displayName: String }
            """,
            b => b
                .BindRuntimeType<Product>("Product")
                .BindRuntimeType<IReadOnlyDictionary<string, object?>>("Review")
                .AddTypeResolver("Named", v => v is string ? "Review" : null));
        var union = schema.GetType("Result")!;
        var named = schema.GetType("Named")!;

        Assert.Equal("Product", schema.ResolveObjectType(union, new SpecialProduct("p", "x"))?.Name);
        Assert.Equal("Review", schema.ResolveObjectType(union, new Dictionary<string, object?>())?.Name);
        Assert.Equal("Review", schema.ResolveObjectType(named, "any string")?.Name);
        Assert.Equal("Product", schema.ResolveObjectType(named, new Dictionary<string, object?> { ["__typename"] = "Product" })?.Name);
        Assert.Null(schema.ResolveObjectType(union, 42));
        Assert.Equal("Product", schema.GetObjectTypeForRuntimeType(typeof(SpecialProduct))?.Name);
    }

    private record Product(string Id, string DisplayName)
    {
        public string[] Tags = ["new"];
    }

    private sealed record SpecialProduct(string Id, string DisplayName) : Product(Id, DisplayName);
}
