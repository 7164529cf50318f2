using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.Execution;

/// <summary>Resolvers add to the response's top-level <c>extensions</c>, also from concurrent resolvers.</summary>
public sealed class ResponseExtensionsTests
{
    private static readonly Schema Schema = SchemaBuilder.New()
        .AddDocumentFromString("type Query { price(sku: String!): Float items: [Item!]! } type Item { id: Int! price: Float }")
        .BindRuntimeType<Item>("Item")
        .AddResolver("Query", "price", async ctx =>
        {
            await Task.Yield();
            ctx.ReportStale(TimeSpan.FromSeconds(90.9));
            return 9.5;
        })
        .AddResolver("Query", "items", _ => Enumerable.Range(0, 20).Select(i => new Item(i)).ToList())
        .AddResolver("Item", "price", async ctx =>
        {
            // Twenty resolvers report at once, on pool threads.
            await Task.Run(() => ctx.ReportStale(TimeSpan.FromSeconds(ctx.ParentAs<Item>().Id)));
            return 1.0;
        })
        .Create();

    [Fact]
    public async Task AStaleValueIsListedWithItsPathAndWholeSecondsOfAge()
    {
        var result = await ExecuteAsync("""{ price(sku: "a") }""");

        Assert.Equal(
            """{"data":{"price":9.5},"extensions":{"stale":[{"path":["price"],"ageSeconds":90}]}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task ConcurrentResolversEachGetTheirEntry()
    {
        var result = await ExecuteAsync("{ items { id price } }");

        var stale = Assert.IsType<List<object?>>(result.Extensions!["stale"]);
        Assert.Equal(20, stale.Count);
        var paths = stale.Cast<Dictionary<string, object?>>().Select(e => string.Join('.', (IReadOnlyList<object>)e["path"]!)).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"items.{i}.price").Order(), paths);
    }

    [Fact]
    public async Task AResolverCanAddAnyExtensionEntry()
    {
        var schema = SchemaBuilder.New().AddDocumentFromString("type Query { a: String }")
            .AddResolver("Query", "a", ctx =>
            {
                ctx.AddResponseExtension("backendCalls", 3);
                return "x";
            })
            .Create();

        var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ a }")));

        Assert.Equal("""{"data":{"a":"x"},"extensions":{"backendCalls":3}}""", ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public void TheStaleKeyIsReservedForReportStale()
    {
        var context = new Types.FakeResolverContext(Schema, Schema.QueryType, Schema.QueryType.Fields["price"], null);

        Assert.Throws<ArgumentException>(() => context.AddResponseExtension("stale", 1));
        Assert.Throws<NotSupportedException>(() => context.ReportStale(TimeSpan.Zero));
    }

    [Fact]
    public async Task AResponseWithoutEntriesHasNoExtensions()
    {
        var result = await new Executor().ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse("{ __typename }")));

        Assert.Null(result.Extensions);
    }

    private static Task<ExecutionResult> ExecuteAsync(string query) =>
        new Executor().ExecuteAsync(Schema, new ExecutionRequest(Parser.Parse(query)));

    internal sealed record Item(int Id);
}
