using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderTests
{
    private const string Sdl = """
        type Query { products(ids: [ID!]!): [Product!]! }
        type Product { id: ID! price: Float brand: Brand }
        type Brand { name: String! topProduct: Product }
        """;

    private readonly List<IReadOnlyList<string>> priceBatches = [];
    private readonly List<IReadOnlyList<string>> brandBatches = [];

    [Fact]
    public async Task AllItemsOfAListLoadInOneBatchWithoutDuplicateKeys()
    {
        var result = await ExecuteAsync("""{ products(ids: ["1","2","3","2","1"]) { id price } }""");

        Assert.Empty(result.Errors);
        Assert.Equal(["1", "2", "3"], Assert.Single(priceBatches));
        Assert.Contains("""{"id":"3","price":30}""", ExecutionResultWriter.ToJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachLevelOfNestingCostsOneBatchAndCachedKeysAreNotFetchedAgain()
    {
        var result = await ExecuteAsync("""
            { products(ids: ["1","2","3","4"]) { price brand { name topProduct { price brand { name } } } } }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal([["1", "2", "3", "4"], ["5", "6"]], priceBatches);
        // The nested brands (b1, b0) were loaded by the first level already.
        Assert.Equal(["b1", "b0"], Assert.Single(brandBatches));
    }

    [Fact]
    public async Task MaxBatchSizeSplitsALargeBatch()
    {
        var ids = string.Join(",", Enumerable.Range(1, 10).Select(i => $"\"{i}\""));

        await ExecuteAsync($$"""{ products(ids: [{{ids}}]) { price } }""", new DataLoaderOptions { MaxBatchSize = 4 });

        Assert.Equal([4, 4, 2], priceBatches.Select(b => b.Count));
    }

    [Fact]
    public async Task AFailedBatchFailsOnlyTheFieldsThatWaitedOnIt()
    {
        var result = await ExecuteAsync("""{ products(ids: ["1","666"]) { id price } }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ExecutionEngine.UnexpectedErrorMessage, e.Message));
        Assert.Equal(
            """{"data":{"products":[{"id":"1","price":null},{"id":"666","price":null}]}}""",
            ExecutionResultWriter.ToJson(new ExecutionResult(result.Data, [], true)));
    }

    [Fact]
    public async Task KeysAskedForByResolversThatWaitedFirstStillLoad()
    {
        var schema = CreateSchema(null, yieldFirst: true);

        var result = await new Executor().ExecuteAsync(
            schema, new ExecutionRequest(Parser.Parse("""{ products(ids: ["1","2"]) { price } }""")));

        Assert.Equal("""{"data":{"products":[{"price":10},{"price":20}]}}""", ExecutionResultWriter.ToJson(result));
    }

    private Task<ExecutionResult> ExecuteAsync(string query, DataLoaderOptions? options = null) =>
        new Executor().ExecuteAsync(CreateSchema(options, yieldFirst: false), new ExecutionRequest(Parser.Parse(query)));

    private Schema CreateSchema(DataLoaderOptions? options, bool yieldFirst) => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "products", ctx => ctx.ArgumentValue<string[]>("ids")!)
        .AddResolver("Product", "id", ctx => ctx.Parent)
        .AddResolver<double>("Product", "price", async ctx =>
        {
            if (yieldFirst)
            {
                await Task.Yield();
            }

            return await ctx.BatchLoader<string, double>("prices", FetchPrices, options)
                .LoadAsync(ctx.ParentAs<string>(), ctx.RequestAborted);
        })
        .AddResolver("Product", "brand", ctx => ctx.BatchLoader<string, string>("brands", FetchBrands)
            .LoadAsync("b" + (int.Parse(ctx.ParentAs<string>(), System.Globalization.CultureInfo.InvariantCulture) % 2)))
        .AddResolver("Brand", "name", ctx => ctx.Parent)
        .AddResolver("Brand", "topProduct", ctx => ctx.ParentAs<string>() == "b1" ? "5" : "6")
        .Create();

    private Task<IReadOnlyDictionary<string, double>> FetchPrices(IReadOnlyList<string> keys, CancellationToken ct)
    {
        lock (priceBatches)
        {
            priceBatches.Add(keys);
        }

        return keys.Contains("666")
            ? Task.FromException<IReadOnlyDictionary<string, double>>(new HttpRequestException("pricing is down"))
            : Task.FromResult<IReadOnlyDictionary<string, double>>(keys.ToDictionary(k => k, k => double.Parse(k, System.Globalization.CultureInfo.InvariantCulture) * 10));
    }

    private Task<IReadOnlyDictionary<string, string>> FetchBrands(IReadOnlyList<string> keys, CancellationToken ct)
    {
        lock (brandBatches)
        {
            brandBatches.Add(keys);
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k));
    }
}
