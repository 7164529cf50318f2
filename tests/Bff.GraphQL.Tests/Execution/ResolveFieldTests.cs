using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Execution.Caching;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

/// <summary>
/// A resolver runs another schema field's resolver on behalf of its own field (<c>ResolveFieldAsync</c>): another parent
/// and arguments, the current field's path for errors, cache hints, stale values and DataLoader batches.
/// </summary>
public sealed class ResolveFieldTests
{
    private const string Sdl = """
        type Query { product(id: ID!): Product @cacheControl(maxAge: 300) view(id: ID!): View @cacheControl(maxAge: 300) }
        type Product { id: ID! reviews(first: Int = 3, after: String): [String!] stock: Int @cacheControl(maxAge: 300) }
        type View { firstReviews: [String!] @cacheControl(maxAge: 300) inStock: Boolean @cacheControl(maxAge: 300) }
        """;

    private int batches;

    [Fact]
    public async Task TheDelegatedResolverGetsTheGivenParentArgumentsAndTheSchemasDefaults()
    {
        var result = await ExecuteAsync("""{ view(id: "7") { firstReviews } }""");

        Assert.Equal("""{"data":{"view":{"firstReviews":["7:3:-"]}}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ItsErrorLandsOnTheDelegatingField()
    {
        var result = await ExecuteAsync("""{ view(id: "broken") { inStock firstReviews } }""");

        var error = Assert.Single(result.Errors!);
        Assert.Equal(["view", "inStock"], error.Path!);
        Assert.Equal("""{"inStock":null,"firstReviews":["broken:3:-"]}""", ResultJson(result, "view"));
    }

    [Fact]
    public async Task ItsStaleValueAndCacheHintAreTheDelegatingFields()
    {
        var result = await ExecuteAsync("""{ view(id: "old") { inStock } }""");

        var stale = Assert.Single(Assert.IsType<List<object?>>(result.Extensions!["stale"]).Cast<Dictionary<string, object?>>());
        Assert.Equal(["view", "inStock"], (IReadOnlyList<object>)stale["path"]!);
        Assert.Equal(12L, stale["ageSeconds"]);
        Assert.False(result.CachePolicy.IsCacheable);
    }

    [Fact]
    public async Task ACacheHintSetByTheDelegatedResolverLowersTheResponsesPolicy()
    {
        var result = await ExecuteAsync("""{ view(id: "7") { inStock } }""");

        Assert.Equal(new CachePolicy(20, CacheControlScope.Public), result.CachePolicy);
    }

    [Fact]
    public async Task ItsDataLoaderLoadsJoinTheRequestsBatch()
    {
        var result = await ExecuteAsync("""{ a: view(id: "1") { inStock } b: view(id: "2") { inStock } c: product(id: "3") { stock } }""");

        Assert.Empty(result.Errors ?? []);
        Assert.Equal(1, batches);
    }

    [Fact]
    public async Task AnUnknownFieldOrArgumentIsTheCallersMistakeReportedOnItsField()
    {
        var schema = Builder()
            .AddResolver("View", "firstReviews", ctx => ctx.ResolveFieldAsync("Product", "nope", null))
            .AddResolver("View", "inStock", ctx => ctx.ResolveFieldAsync("Product", "reviews", null, new Dictionary<string, object?> { ["last"] = 1 }))
            .Create();

        var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("""{ view(id: "1") { firstReviews inStock } }""")));

        Assert.Equal([["view", "firstReviews"], ["view", "inStock"]], result.Errors!.Select(e => e.Path!.ToArray()).OrderBy(p => p[1]));
    }

    private Task<ExecutionResult> ExecuteAsync(string query) =>
        new Executor().ExecuteAsync(Builder().Create(), new ExecutionRequest(Parser.Parse(query)));

    private SchemaBuilder Builder() => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .BindRuntimeType<Product>("Product")
        .BindRuntimeType<View>("View")
        .AddResolver("Query", "product", ctx => new Product(ctx.ArgumentValue<string>("id")!))
        .AddResolver("Query", "view", ctx => new View(ctx.ArgumentValue<string>("id")!))
        .AddResolver("Product", "reviews", ctx => new[]
        {
            $"{ctx.ParentAs<Product>().Id}:{ctx.ArgumentValue<int>("first")}:{(ctx.HasArgument("after") ? ctx.ArgumentValue<string>("after") : "-")}",
        })
        .AddResolver("Product", "stock", StockAsync)
        .AddResolver("View", "firstReviews", ctx => ctx.ResolveFieldAsync("Product", "reviews", new Product(ctx.ParentAs<View>().Id)))
        .AddResolver("View", "inStock", async ctx =>
            await ctx.ResolveFieldAsync<int?>("Product", "stock", new Product(ctx.ParentAs<View>().Id)) > 0);

    private async ValueTask<object?> StockAsync(IResolverContext ctx)
    {
        var id = ctx.ParentAs<Product>().Id;
        switch (id)
        {
            case "broken":
                throw new GraphQLException("inventory down", "BACKEND_UNAVAILABLE");
            case "old":
                ctx.ReportStale(TimeSpan.FromSeconds(12));
                break;
            default:
                ctx.SetCacheHint(maxAge: 20);
                break;
        }

        return await ctx.BatchLoader<string, int>("stock", (ids, _) =>
        {
            batches++;
            return Task.FromResult<IReadOnlyDictionary<string, int>>(ids.ToDictionary(i => i, _ => 5));
        }).LoadAsync(id, ctx.RequestAborted);
    }

    private static string ResultJson(ExecutionResult result, string field)
    {
        var json = System.Text.Json.JsonDocument.Parse(ExecutionResultWriter.ToJson(result));
        return json.RootElement.GetProperty("data").GetProperty(field).GetRawText();
    }

    internal sealed record Product(string Id);

    internal sealed record View(string Id);
}
