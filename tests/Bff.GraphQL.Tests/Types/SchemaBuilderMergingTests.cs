using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Types;

public sealed class SchemaBuilderMergingTests
{
    private const string Base = """
        type Query { product: Product }
        interface Node { id: ID! }
        type Product implements Node { id: ID! }
        type Review { id: ID! }
        union SearchResult = Product
        enum Availability { IN_STOCK }
        input ProductFilter { name: String }
        scalar Url
        directive @tag(name: String!) repeatable on OBJECT | SCALAR | SCHEMA
        """;

    private const string Extensions = """
        extend type Product @tag(name: "a") { name: String reviews: [Review!]! }
        extend interface Node { createdAt: String }
        extend type Product { createdAt: String }
        extend type Review implements Node { createdAt: String }
        extend union SearchResult = Review
        extend enum Availability { SOLD_OUT }
        extend input ProductFilter { maxPrice: Float }
        extend scalar Url @specifiedBy(url: "https://tools.ietf.org/html/rfc3986")
        type Mutation { noop: Boolean }
        extend schema @tag(name: "s") { mutation: Mutation }
        """;

    [Fact]
    public void SchemaBuilderMergesEveryExtensionKindAcrossModules()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString(Extensions)
            .AddDocumentFromString(Base)
            .ModifyOptions(o => o.StrictResolvers = false)
            .Create();

        var product = (ObjectType)schema.GetType("Product")!;
        Assert.Equal(["id", "name", "reviews", "createdAt"], product.Fields.Select(f => f.Name));
        Assert.Single(product.Extensions, e => e.Directives.Count > 0);
        Assert.Equal(["id", "createdAt"], ((InterfaceType)schema.GetType("Node")!).Fields.Select(f => f.Name));
        Assert.Equal(["Node"], ((ObjectType)schema.GetType("Review")!).Interfaces.Select(i => i.Name));
        Assert.Equal(["Product", "Review"], ((UnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        Assert.Equal(["IN_STOCK", "SOLD_OUT"], ((EnumType)schema.GetType("Availability")!).Values.Select(v => v.Name));
        Assert.Equal(["name", "maxPrice"], ((InputObjectType)schema.GetType("ProductFilter")!).Fields.Select(f => f.Name));
        Assert.Equal("https://tools.ietf.org/html/rfc3986", ((ScalarType)schema.GetType("Url")!).SpecifiedByUrl);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Single(schema.Extensions);
    }

    [Fact]
    public void SchemaBuilderUsesConventionalRootTypesWithoutSchemaDefinition()
    {
        var schema = TestSchemas.Build("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }");

        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Mutation", schema.MutationType?.Name);
        Assert.Equal("Subscription", schema.SubscriptionType?.Name);
    }

    [Fact]
    public void SchemaBuilderUsesTheSchemaDefinitionsRootTypes()
    {
        var schema = TestSchemas.Build("schema { query: Root } type Root { a: Int } type Mutation { b: Int }");

        Assert.Equal("Root", schema.QueryType.Name);
        Assert.Null(schema.MutationType);
    }

    [Fact]
    public void SchemaBuilderReportsEveryMergeProblemAtOnce()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: Int a: String }
            type Query { b: Int }
            enum E { A A }
            input I { x: Int }
            extend input I { x: Int }
            extend type Missing { a: Int }
            extend union E = Query
            type T { f(a: Int, a: Int): Int }
            schema { query: Query }
            schema { query: Query }
            """);

        Assert.Equal(
            [
                "Field \"Query.a\" can only be defined once.",
                "There can be only one type named \"Query\".",
                "Enum value \"E.A\" can only be defined once.",
                "Must provide only one schema definition.",
                "Field \"I.x\" can only be defined once.",
                "Cannot extend type \"Missing\" because it is not defined.",
                "Cannot extend non-enum type \"E\".",
                "Argument \"T.f(a:)\" can only be defined once.",
            ],
            errors);
    }

    [Fact]
    public void SchemaBuilderReportsUnknownTypesAndMissingQueryRoot()
    {
        var errors = TestSchemas.Errors("type Foo { a: Bar b(x: Baz): Int }");

        Assert.Equal(
            ["Unknown type \"Bar\".", "Unknown type \"Baz\".", "Query root type must be provided."],
            errors);
    }

    [Fact]
    public void SchemaBuilderRejectsRedefiningBuiltInDirectivesAndDuplicateDirectives()
    {
        var errors = TestSchemas.Errors("""
            type Query { a: Int }
            directive @skip(if: Boolean!) on FIELD
            directive @a on FIELD
            directive @a on QUERY
            """);

        Assert.Equal(
            [
                "Directive \"@skip\" already exists in the schema. It cannot be redefined.",
                "There can be only one directive named \"@a\".",
            ],
            errors);
    }

    [Fact]
    public void SchemaBuilderRejectsExecutableDefinitionsInModules()
    {
        var errors = TestSchemas.Errors("type Query { a: Int } query { a }");

        Assert.Equal(["A schema module may only hold type system definitions; found OperationDefinition."], errors);
    }

    [Fact]
    public void SchemaBuilderRejectsRedefiningARootOperationInASchemaExtension()
    {
        var errors = TestSchemas.Errors("""
            schema { query: Query mutation: Query }
            extend schema { mutation: Query }
            type Query { a: Int }
            """);

        Assert.Equal(["Type for mutation already defined in the schema. It cannot be redefined."], errors);
    }
}
