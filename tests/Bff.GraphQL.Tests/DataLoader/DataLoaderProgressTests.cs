using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.DataLoader;

/// <summary>
/// Holding batches back until no resolver can make progress must never hold them forever: a batch that waits on a
/// load, a resolver that waits on something else first, and a cancelled request all finish.
/// </summary>
public sealed class DataLoaderProgressTests
{
    private const string Sdl = "type Query { items: [Item!]! } type Item { value: Int }";

    [Fact]
    public async Task ABatchFunctionThatAwaitsALoadOfItsOwnLoaderGetsItInALaterBatch()
    {
        var batches = new List<int[]>();
        var schema = Schema(ctx => Loader(ctx, async (keys, ct) =>
        {
            lock (batches)
            {
                batches.Add([.. keys]);
            }

            await Task.Yield();
            // Key 0 needs key 100 first, from the same loader: a new batch, dispatched while this one is running.
            var offset = keys.Contains(0) ? await Loader(ctx, null!).LoadAsync(100, ct) : 0;
            return keys.ToDictionary(k => k, k => k + offset);
        }).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted));

        var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { value } }")));

        Assert.Empty(result.Errors);
        Assert.Equal("""{"data":{"items":[{"value":100},{"value":101},{"value":102}]}}""", ExecutionResultWriter.ToJson(result));
        Assert.Equal([[0, 1, 2], [100]], batches);
    }

    [Fact]
    public async Task ResolversThatAwaitSomethingElseBeforeTheirLoadStillComplete()
    {
        for (var run = 0; run < 50; run++)
        {
            var schema = Schema(async ctx =>
            {
                await Task.Delay(ctx.ParentAs<int>() % 3);
                return await Loader(ctx, async (keys, _) =>
                {
                    await Task.Yield();
                    return keys.ToDictionary(k => k, k => k * 2);
                }).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted);
            });

            var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { value } }")));

            Assert.Empty(result.Errors);
            Assert.Equal("""{"data":{"items":[{"value":0},{"value":2},{"value":4}]}}""", ExecutionResultWriter.ToJson(result));
        }
    }

    [Fact]
    public async Task AResolverThatContinuesOffTheDeliveryAfterItsLoadDoesNotStallTheLevelBelow()
    {
        var schema = SchemaBuilder.New()
            .AddDocumentFromString("type Query { items: [Item!]! } type Item { next: Item value: Int }")
            .AddResolver("Query", "items", _ => new[] { 0, 1, 2 })
            .AddResolver<int>("Item", "next", async ctx =>
            {
                var value = await Loader(ctx, Values).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted);
                // Leaves the batch's delivery: this resolver finishes after the executor may have dispatched.
                await Task.Yield();
                return value + 10;
            })
            .AddResolver<int>("Item", "value", ctx => Loader(ctx, Values).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted))
            .Create();

        var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { next { next { value } } } }")));

        Assert.Empty(result.Errors);
        Assert.Equal(
            """{"data":{"items":[{"next":{"next":{"value":20}}},{"next":{"next":{"value":21}}},{"next":{"next":{"value":22}}}]}}""",
            ExecutionResultWriter.ToJson(result));
    }

    [Fact]
    public async Task CancellingTheRequestWhileABatchIsPendingEndsTheExecution()
    {
        using var cancellation = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = Schema(ctx => Loader(ctx, async (keys, ct) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return keys.ToDictionary(k => k, k => k);
        }).LoadAsync(ctx.ParentAs<int>(), ctx.RequestAborted));

        var execution = new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { value } }")), cancellation.Token);
        await started.Task;
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => execution);
    }

    private static Schema Schema(Func<IResolverContext, Task<int>> value) => SchemaBuilder.New()
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "items", _ => new[] { 0, 1, 2 })
        .AddResolver("Item", "value", value)
        .Create();

    private static BatchDataLoader<int, int> Loader(
        IResolverContext context, Func<IReadOnlyList<int>, CancellationToken, Task<IReadOnlyDictionary<int, int>>> fetch) =>
        context.BatchLoader("values", fetch);

    private static async Task<IReadOnlyDictionary<int, int>> Values(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return keys.ToDictionary(k => k, k => k);
    }
}
