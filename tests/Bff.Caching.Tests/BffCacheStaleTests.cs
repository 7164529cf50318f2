using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

/// <summary>
/// FusionCache reads the system clock (it takes no <see cref="TimeProvider"/>), so these tests use short real
/// durations and wait past them; what they assert is which value and flag come back, never how fast.
/// </summary>
public abstract class BffCacheStaleTests(IRedisTopology redis)
{
    private static readonly CacheKey Key = CacheKeys.Public("pricing", "v1", "p1");
    private static readonly TimeSpan Fresh = TimeSpan.FromMilliseconds(400);
    private int _version;
    private volatile bool _backendDown;
    private TaskCompletionSource? _backendGate;

    [Fact]
    public async Task AStaleEntryIsServedAtOnceAndRefreshedInTheBackground()
    {
        await using var instance = Instance();
        await Read(instance);
        await PastFresh();
        _backendGate = new TaskCompletionSource();

        var stale = await Read(instance);
        _backendGate.SetResult();

        Assert.Equal((1, true, CacheSource.L1), (stale.Value, stale.IsStale, stale.Source));
        await Eventually.TrueAsync(async () => (await Read(instance)) is { Value: 2, IsStale: false, Source: CacheSource.L1 });
        Assert.Equal(2, _version);
    }

    [Fact]
    public async Task WhenTheBackendFailsTheStaleEntryIsServedAndFlagged()
    {
        await using var instance = Instance();
        await Read(instance);
        await PastFresh();
        _backendDown = true;

        var first = await Read(instance);
        var whileThrottled = await Read(instance);

        Assert.Equal((1, true), (first.Value, first.IsStale));
        Assert.Equal((1, true), (whileThrottled.Value, whileThrottled.IsStale));
        Assert.Equal(2, instance.Metrics["bff.cache.stale_served:pricing"]);
    }

    [Fact]
    public async Task PastTheStaleWindowABackendFailureReachesTheCaller()
    {
        await using var instance = Instance(new CachePolicy { Fresh = Fresh, Stale = TimeSpan.FromMilliseconds(200), EagerRefreshThreshold = null });
        await Read(instance);
        await Task.Delay(Fresh + TimeSpan.FromMilliseconds(400));
        _backendDown = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => Read(instance));
    }

    [Fact]
    public async Task WithALongSoftTimeoutAStaleReadWaitsForTheBackend()
    {
        await using var instance = Instance(Patient());
        await Read(instance);
        await PastFresh();

        var refreshed = await Read(instance);

        Assert.Equal((2, false, CacheSource.Factory), (refreshed.Value, refreshed.IsStale, refreshed.Source));
    }

    [Fact]
    public async Task WithALongSoftTimeoutABackendFailureFallsBackToTheStaleEntry()
    {
        await using var instance = Instance(Patient());
        await Read(instance);
        await PastFresh();
        _backendDown = true;

        var fallback = await Read(instance);

        Assert.Equal((1, true, CacheSource.L1), (fallback.Value, fallback.IsStale, fallback.Source));
    }

    [Fact]
    public async Task AStaleEntryFoundInRedisIsServedFlaggedAndRefreshed()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var writer = Instance(prefix: prefix);
        await using var reader = Instance(prefix: prefix);
        await Read(writer);
        await PastFresh();
        _backendGate = new TaskCompletionSource();

        var stale = await Read(reader);
        _backendGate.SetResult();

        Assert.Equal((1, true, CacheSource.L2), (stale.Value, stale.IsStale, stale.Source));
        await Eventually.TrueAsync(async () => (await Read(reader)) is { Value: 2, IsStale: false });
    }

    [Fact]
    public async Task ANearlyExpiredEntryIsRefreshedEagerlyWhileStillServedFresh()
    {
        await using var instance = Instance(new CachePolicy { Fresh = TimeSpan.FromSeconds(2), EagerRefreshThreshold = 0.1f });
        await Read(instance);
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        var eager = await Read(instance);

        Assert.Equal((1, false), (eager.Value, eager.IsStale));
        await Eventually.TrueAsync(() => Volatile.Read(ref _version) == 2);
        await Eventually.TrueAsync(async () => (await Read(instance)) is { Value: 2, IsStale: false });
    }

    private static CachePolicy Patient() => new() { Fresh = Fresh, EagerRefreshThreshold = null, FactorySoftTimeout = TimeSpan.FromSeconds(10) };

    private static Task PastFresh() => Task.Delay(Fresh + TimeSpan.FromMilliseconds(100));

    private CacheInstance Instance(CachePolicy? policy = null, string? prefix = null) =>
        CacheInstance.CreateOn(redis.Configuration, prefix ?? CacheInstance.NewPrefix(), o => o.Policies["pricing"] = policy ?? new CachePolicy
        {
            Fresh = Fresh,
            Stale = TimeSpan.FromMinutes(1),
            EagerRefreshThreshold = null,
            FactorySoftTimeout = TimeSpan.FromMilliseconds(50),
        });

    private Task<CacheResult<int>> Read(CacheInstance instance) =>
        instance.Cache.GetOrSetAsync(Key, async _ =>
        {
            if (_backendGate is { } gate)
            {
                await gate.Task;
            }

            return _backendDown ? throw new HttpRequestException("pricing down") : Interlocked.Increment(ref _version);
        }, "pricing").AsTask();
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheStaleTestsOnRedis(SingleRedis redis) : BffCacheStaleTests(redis), IClassFixture<SingleRedis>;

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheStaleTestsOnCluster(SharedRedisCluster redis) : BffCacheStaleTests(redis);
