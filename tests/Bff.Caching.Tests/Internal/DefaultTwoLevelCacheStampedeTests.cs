using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

public class DefaultTwoLevelCacheStampedeTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");

    [Fact]
    public async Task HundredConcurrentMissesCallTheBackendOnce()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        var calls = 0;
        var joined = 0;
        var backend = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 100).Select(_ => Task.Run(async () =>
        {
            var pending = instance.Cache.GetOrCreateWithMetadataAsync(Key, async ct =>
            {
                Interlocked.Increment(ref calls);
                await backend.Task;
                return new Product("p1", "Lamp", 20m);
            });
            // The call has registered with the shared load by the time it returns a pending task.
            Interlocked.Increment(ref joined);
            return await pending;
        })).ToArray();
        await Eventually.TrueAsync(() => Volatile.Read(ref joined) == 100);
        backend.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal((new Product("p1", "Lamp", 20m), CacheSource.Factory), (r.Value, r.Source)));
    }

    [Fact]
    public async Task AFailedLoadFailsItsWaitersAndIsNotCached()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        var backend = new TaskCompletionSource<Product>();
        var calls = 0;
        ValueTask<Product> Failing(CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            return new ValueTask<Product>(backend.Task);
        }

        var first = instance.Cache.GetOrCreateAsync(Key, Failing).AsTask();
        var second = instance.Cache.GetOrCreateAsync(Key, Failing).AsTask();
        backend.SetException(new HttpRequestException("catalog down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => first);
        await Assert.ThrowsAsync<HttpRequestException>(() => second);
        Assert.Equal(1, calls);
        var retried = await instance.Cache.GetOrCreateWithMetadataAsync(Key, _ => ValueTask.FromResult(new Product("p1", "Lamp", 21m)));
        Assert.Equal(CacheSource.Factory, retried.Source);
    }

    [Fact]
    public async Task ACallerThatGivesUpDoesNotCancelTheLoadOthersWaitFor()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        var backend = new TaskCompletionSource<Product>();
        using var impatient = new CancellationTokenSource();

        var leaving = instance.Cache.GetOrCreateAsync(Key, _ => new ValueTask<Product>(backend.Task), cancellationToken: impatient.Token).AsTask();
        var staying = instance.Cache.GetOrCreateAsync(Key, _ => new ValueTask<Product>(backend.Task)).AsTask();
        await impatient.CancelAsync();
        backend.SetResult(new Product("p1", "Lamp", 20m));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal("Lamp", (await staying).Name);
    }
}
