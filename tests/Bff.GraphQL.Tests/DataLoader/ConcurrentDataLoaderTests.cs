using System.Collections.Concurrent;
using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Tests.DataLoader;

/// <summary>Resolvers that continue on other threads all at once must still share the request's one DataLoader.</summary>
public sealed class ConcurrentDataLoaderTests
{
    private const int Items = 64;

    [Fact]
    public async Task ConcurrentAsyncResolversShareOneDataLoaderAndFetchEachKeyOnce()
    {
        for (var run = 0; run < 20; run++)
        {
            var loaders = new ConcurrentDictionary<object, byte>(ReferenceEqualityComparer.Instance);
            var fetched = new ConcurrentQueue<string>();
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = 0;
            var schema = SchemaBuilder.New()
                .AddDocumentFromString("type Query { items: [Item!]! } type Item { price: Float }")
                .AddResolver("Query", "items", _ => Enumerable.Range(0, Items).ToArray())
                .AddResolver<double>("Item", "price", async ctx =>
                {
                    // Every resolver waits until all have started, then all continue on pool threads at the same time.
                    if (Interlocked.Increment(ref started) == Items)
                    {
                        release.SetResult();
                    }

                    await release.Task;
                    var loader = ctx.BatchLoader<string, double>("prices", (keys, _) =>
                    {
                        foreach (var key in keys)
                        {
                            fetched.Enqueue(key);
                        }

                        return Task.FromResult<IReadOnlyDictionary<string, double>>(keys.ToDictionary(k => k, _ => 1.5));
                    });
                    loaders.TryAdd(loader, 0);
                    return await loader.LoadAsync("same-key", ctx.RequestAborted);
                })
                .Create();

            var result = await new Executor().ExecuteAsync(schema, new ExecutionRequest(Parser.Parse("{ items { price } }")));

            Assert.Empty(result.Errors);
            Assert.Single(loaders);
            Assert.Equal(["same-key"], fetched);
        }
    }
}
