using System.Collections.Concurrent;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.DataLoader;

/// <summary>
/// The loads a list's items ask for once their own batch is delivered go out as one batch, even when that batch
/// completes on a pool thread while the executor's loop runs the first resumed resolvers on another. Run many times:
/// the split this guards against was a race between the loop and the delivering thread.
/// </summary>
public sealed class NestedBatchStressTests
{
    private const int Runs = 500;
    private const int Items = 24;

    private const string Sdl = """
        type Query { items: [Item!]! orders: [Order!]! products: [Product!]! }
        type Item { product: Product }
        type Order { id: ID! lines: [Line!]! }
        type Line { product: Product }
        type Product { id: ID! price: Float recommendations: [Recommendation!]! }
        type Recommendation { product: Product }
        """;

    private readonly ConcurrentDictionary<string, int> batches = new(StringComparer.Ordinal);

    [Fact]
    public async Task EachItemsNestedLoadsJoinOneBatchWhenTheFirstBatchCompletesOnAPoolThread()
    {
        var schema = CreateSchema();
        for (var run = 0; run < Runs; run++)
        {
            batches.Clear();
            var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { product { id price } } }")));

            Assert.Empty(result.Errors);
            Assert.Equal(1, batches["products"]);
            Assert.True(batches["prices"] == 1, $"run {run}: {batches["prices"]} price batches");
        }
    }

    [Fact]
    public async Task OrdersLinesProductsAndPricesCostOneBatchPerLevel()
    {
        var schema = CreateSchema();
        for (var run = 0; run < Runs; run++)
        {
            batches.Clear();
            var result = await new Executor().ExecuteAsync(
                schema, new ExecutionRequest(Parser.Parse("{ orders { id lines { product { id price } } } }")));

            Assert.Empty(result.Errors);
            Assert.Equal(1, batches["lines"]);
            Assert.True(batches["products"] == 1, $"run {run}: {batches["products"]} product batches");
            Assert.True(batches["prices"] == 1, $"run {run}: {batches["prices"]} price batches");
        }
    }

    [Fact]
    public async Task ABatchThatLoadsFromAnotherLoaderStillLetsTheLevelBelowJoinOneBatch()
    {
        var schema = CreateSchema();
        for (var run = 0; run < Runs; run++)
        {
            batches.Clear();
            var result = await new Executor().ExecuteAsync(
                schema, new ExecutionRequest(Parser.Parse("{ products { recommendations { product { id price } } } }")));

            Assert.Empty(result.Errors);
            Assert.Equal(1, batches["recommendations"]);
            // The level-1 products and, from inside the recommendations batch, the recommended ones.
            Assert.Equal(2, batches["products"]);
            Assert.True(batches["prices"] == 1, $"run {run}: {batches["prices"]} price batches");
        }
    }

    private Schema CreateSchema() => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "items", _ => Enumerable.Range(0, Items).ToArray())
        .AddResolver("Query", "orders", _ => new[] { 0, 1, 2, 3, 4, 5, 6, 7 })
        .AddResolver("Order", "id", ctx => ctx.Parent)
        .AddResolver<int[]?>("Order", "lines", ctx => Loader<int, int[]>(ctx, "lines", k => [k * 3, k * 3 + 1, k * 3 + 2])
            .LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .AddResolver<int[]>("Query", "products", async ctx =>
        {
            var ids = Enumerable.Range(100, Items).ToArray();
            await Loader<int, int>(ctx, "products", k => k).LoadAsync(ids, ctx.RequestAborted);
            return ids;
        })
        .AddResolver<int>("Item", "product", ctx => Loader<int, int>(ctx, "products", k => k).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .AddResolver<int>("Line", "product", ctx => Loader<int, int>(ctx, "products", k => k).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .AddResolver("Product", "id", ctx => ctx.Parent)
        .AddResolver<double>("Product", "price", ctx => Loader<int, double>(ctx, "prices", k => k * 1.5).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .AddResolver<int[]?>("Product", "recommendations", ctx => RecommendationsLoader(ctx).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .AddResolver<int>("Recommendation", "product", ctx => Loader<int, int>(ctx, "products", k => k).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
        .Create();

    // Recommends two products per product, loading them with the batch (a prefetch from inside a batch function).
    private BatchDataLoader<int, int[]> RecommendationsLoader(IResolverContext context) =>
        context.BatchLoader<int, int[]>("recommendations", async (keys, ct) =>
        {
            Count("recommendations");
            await Task.Yield();
            var values = keys.ToDictionary(k => k, k => new[] { k + 1000, k + 2000 });
            await Loader<int, int>(context, "products", k => k).LoadAsync([.. values.Values.SelectMany(v => v)], ct);
            return values;
        });

    // A loader whose batch completes on a pool thread, as one awaiting a backend does.
    private BatchDataLoader<TKey, TValue> Loader<TKey, TValue>(IResolverContext context, string name, Func<TKey, TValue> value)
        where TKey : notnull =>
        context.BatchLoader<TKey, TValue>(name, async (keys, _) =>
        {
            Count(name);
            await Task.Yield();
            return keys.ToDictionary(k => k, value);
        });

    private void Count(string name) => batches.AddOrUpdate(name, 1, (_, n) => n + 1);
}
