using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCacheStampedeTests(IRedisTopology redis)
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly Product Lamp = new("p1", "Lamp", 20m);

    [Fact]
    public async Task HundredConcurrentMissesCallTheBackendOnce()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var calls = 0;
        var backend = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 100).Select(_ => Task.Run(() => instance.Cache.GetOrSetAsync(Key, async _ =>
        {
            Interlocked.Increment(ref calls);
            await backend.Task;
            return Lamp;
        }).AsTask())).ToArray();
        // The first caller holds FusionCache's lock on the key; the others queue behind it.
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1);
        await Task.Delay(200);
        backend.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Equal(Lamp, r.Value));
        Assert.Single(results, r => r.Source == CacheSource.Factory);
    }

    [Fact]
    public async Task DifferentKeysLoadIndependently()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var blocked = new TaskCompletionSource<Product>();

        var a = instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", "a"), _ => blocked.Task).AsTask();
        var b = await instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", "b"), _ => Task.FromResult(Lamp));
        blocked.SetResult(Lamp with { Id = "a" });

        Assert.Equal((Lamp, CacheSource.Factory), (b.Value, b.Source));
        Assert.Equal("a", (await a).Value.Id);
    }

    [Fact]
    public async Task AFailedLoadReachesItsCallersAndIsNotCached()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var backend = new TaskCompletionSource<Product>();
        var calls = 0;
        Task<Product> Failing(CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            return backend.Task;
        }

        var first = instance.Cache.GetOrSetAsync(Key, Failing).AsTask();
        await Eventually.TrueAsync(() => Volatile.Read(ref calls) == 1);
        var second = instance.Cache.GetOrSetAsync(Key, Failing).AsTask();
        backend.SetException(new HttpRequestException("catalog down"));

        await Assert.ThrowsAsync<HttpRequestException>(() => first);
        await Assert.ThrowsAsync<HttpRequestException>(() => second);
        // FusionCache shares no failure: the waiter takes the lock next and asks the backend itself.
        Assert.Equal(2, calls);
        var retried = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp));
        Assert.Equal(CacheSource.Factory, retried.Source);
    }

    [Fact]
    public async Task ACallerThatGivesUpDoesNotStopOthersGettingTheValue()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var backend = new TaskCompletionSource<Product>();
        using var impatient = new CancellationTokenSource();

        var leaving = instance.Cache.GetOrSetAsync(Key, _ => backend.Task, cancellationToken: impatient.Token).AsTask();
        var staying = instance.Cache.GetOrSetAsync(Key, _ => backend.Task).AsTask();
        await impatient.CancelAsync();
        backend.SetResult(Lamp);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        Assert.Equal("Lamp", (await staying).Value.Name);
    }

    [Fact]
    public async Task AFinishedLoadIsNotRepeatedUntilTheEntryIsRemoved()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var calls = 0;
        Task<Product> Load(CancellationToken ct) => Task.FromResult(Lamp with { Price = Interlocked.Increment(ref calls) });

        await instance.Cache.GetOrSetAsync(Key, Load);
        await instance.Cache.GetOrSetAsync(Key, Load);
        await instance.Cache.RemoveAsync(Key);
        var reloaded = await instance.Cache.GetOrSetAsync(Key, Load);

        Assert.Equal((2, 2m, CacheSource.Factory), (calls, reloaded.Value.Price, reloaded.Source));
    }
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheStampedeTestsOnRedis(SingleRedis redis) : BffCacheStampedeTests(redis), IClassFixture<SingleRedis>;

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheStampedeTestsOnCluster(SharedRedisCluster redis) : BffCacheStampedeTests(redis);
