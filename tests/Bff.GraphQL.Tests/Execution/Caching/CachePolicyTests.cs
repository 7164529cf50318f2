using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Caching;
using Bff.GraphQL.Types;
using static Bff.GraphQL.Tests.Execution.Caching.CacheControlTestSchema;

namespace Bff.GraphQL.Tests.Execution.Caching;

/// <summary>The response's cache policy from the hints of the fields it touched, as Apollo Server computes it.</summary>
public sealed class CachePolicyTests
{
    private static readonly Schema Schema = Create();

    [Theory]
    [InlineData("{ catalog { name } }", 300)]
    [InlineData("{ catalog { name } version }", 300)]
    [InlineData("{ version }", 3600)]
    [InlineData("{ catalog { featured { title } } }", 120)]
    [InlineData("{ news { title author { name } } }", 30)]
    [InlineData("{ catalog { featured { author { name } } } }", 120)]
    public async Task TheShortestMaxAgeOfTheTouchedFieldsWins(string query, int maxAge)
    {
        var result = await ExecuteAsync(Schema, query);

        Assert.Empty(result.Errors);
        Assert.Equal(new CachePolicy(maxAge, CacheControlScope.Public), result.CachePolicy);
    }

    [Fact]
    public async Task AnyPrivateFieldMakesTheResponsePrivate()
    {
        var result = await ExecuteAsync(Schema, "{ catalog { name } me { name } }");

        Assert.Equal(new CachePolicy(60, CacheControlScope.Private), result.CachePolicy);
        Assert.Equal("private, max-age=60", result.CachePolicy.ToHeaderValue());
    }

    [Fact]
    public async Task AFieldThatFailedMakesTheResponseNotCacheable()
    {
        var result = await ExecuteAsync(Schema, "{ catalog { name } broken }");

        Assert.Single(result.Errors);
        Assert.False(result.CachePolicy.IsCacheable);
        Assert.Equal("no-store", result.CachePolicy.ToHeaderValue());
    }

    [Theory]
    [InlineData("{ uncached { name } }")]
    [InlineData("{ catalog { other { name } } }")]
    [InlineData("{ __typename }")]
    public async Task RootAndObjectFieldsWithoutAHintDefaultToMaxAgeZero(string query)
    {
        var result = await ExecuteAsync(Schema, query);

        Assert.Equal(CachePolicy.NotCacheable, result.CachePolicy);
    }

    [Fact]
    public async Task AFieldWithInheritMaxAgeTakesItsParentsMaxAge()
    {
        var result = await ExecuteAsync(Schema, "{ catalog { sub { sub { name } } } }");

        Assert.Equal(new CachePolicy(300, CacheControlScope.Public), result.CachePolicy);
    }

    [Fact]
    public async Task AResolverCanSetItsFieldsHintAtRunTime()
    {
        var result = await ExecuteAsync(Schema, "{ dynamic { name } catalog { name } }");

        Assert.Equal(new CachePolicy(5, CacheControlScope.Private), result.CachePolicy);
    }

    [Fact]
    public async Task AFieldReturningAnInterfaceOrUnionTakesItsHint()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("""
                interface Named @cacheControl(maxAge: 40) { name: String }
                union Found @cacheControl(maxAge: 20, scope: PRIVATE) = Book
                type Book implements Named { name: String }
                type Query { named: Named @cacheControl(maxAge: 600) found: Found }
                """)
            .BindRuntimeType<CacheControlTestSchema.User>("Book")
            .AddResolver("Query", "named", _ => new CacheControlTestSchema.User("Dune"))
            .AddResolver("Query", "found", _ => new CacheControlTestSchema.User("Emma"))
            .AddTypeResolver("Named", _ => "Book")
            .AddTypeResolver("Found", _ => "Book")
            .Create();

        Assert.Equal(new CachePolicy(600, CacheControlScope.Public), (await ExecuteAsync(schema, "{ named { name } }")).CachePolicy);
        Assert.Equal(new CachePolicy(20, CacheControlScope.Private), (await ExecuteAsync(schema, "{ found { __typename } }")).CachePolicy);
    }

    [Fact]
    public async Task ARunTimeScopeAloneKeepsTheSchemasMaxAge()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { me: String @cacheControl(maxAge: 90) }")
            .AddResolver("Query", "me", ctx =>
            {
                ctx.SetCacheHint(scope: CacheControlScope.Private);
                return "Ada";
            })
            .Create();

        var result = await ExecuteAsync(schema, "{ me }");

        Assert.Equal(new CachePolicy(90, CacheControlScope.Private), result.CachePolicy);
    }

    [Fact]
    public async Task AValueServedStaleMakesTheResponseNotCacheable()
    {
        var result = await ExecuteAsync(Schema, "{ stale { name } }");

        Assert.Empty(result.Errors);
        Assert.Equal(CachePolicy.NotCacheable, result.CachePolicy);
    }

    [Fact]
    public async Task ASchemaWithoutHintsNeverComputesACacheablePolicy()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: String }").AddResolver("Query", "a", _ => "x").Create();

        var result = await ExecuteAsync(schema, "{ a }");

        Assert.Equal(CachePolicy.NotCacheable, result.CachePolicy);
    }
}
