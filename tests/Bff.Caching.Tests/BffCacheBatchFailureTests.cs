using System.Diagnostics;
using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCacheBatchFailureTests(IRedisTopology redis)
{
    protected readonly string _prefix = CacheInstance.NewPrefix();
    protected int _backendCalls;
    private volatile bool _backendDown;

    [Fact]
    public async Task ABatchReadSkipsARedisEntryInvalidatedByItsTag()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await writer.Cache.SetAsync(Key("a"), Product("a", 99m), tags: ["product:a"]);
        await writer.Cache.RemoveByTagAsync("product:a");

        var read = await Batch(reader, "a");

        Assert.Equal((1m, CacheSource.Factory), (read["a"].Value.Price, read["a"].Source));
    }

    [Fact]
    public async Task BytesOfAnotherFormatInRedisReadAsAMiss()
    {
        await using var reader = Instance();
        await redis.Raw.GetDatabase().HashSetAsync($"v2:{_prefix}:{Key("a").Value}", "data", "not a FusionCache entry"u8.ToArray());

        var read = await Batch(reader, "a");

        Assert.Equal(CacheSource.Factory, read["a"].Source);
    }

    [Fact]
    public async Task WhenTheBackendFailsStaleCopiesAreReturnedFlagged()
    {
        await using var instance = Instance(stale: TimeSpan.FromMinutes(1));
        await Batch(instance, "a", "b");
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        _backendDown = true;

        var read = await Batch(instance, "a", "b");

        Assert.All(read.Values, r => Assert.Equal((1m, true), (r.Value.Price, r.IsStale)));
        Assert.Equal(2, instance.Metrics["bff.cache.stale_served:catalog"]);
    }

    [Fact]
    public async Task WhenTheBackendFailsAndAnIdHasNoStaleCopyTheErrorReachesTheCaller()
    {
        await using var instance = Instance(stale: TimeSpan.FromMinutes(1));
        await Batch(instance, "a");
        _backendDown = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => Batch(instance, "a", "never-loaded"));
    }

    private CacheInstance Instance(TimeSpan? stale = null) => CacheInstance.CreateOn(redis.Configuration, _prefix, o =>
        o.Defaults = new CachePolicy { Fresh = TimeSpan.FromMilliseconds(300), Stale = stale ?? TimeSpan.FromMinutes(1), EagerRefreshThreshold = null });

    private static CacheKey Key(string id) => CacheKeys.Public("catalog", "v1", id);

    private static Product Product(string id, decimal version) => new(id, "Lamp " + id, version);

    protected Task<IReadOnlyDictionary<string, CacheResult<Product>>> Batch(CacheInstance instance, params string[] ids) =>
        instance.Cache.GetManyAsync<string, Product>(ids, Key, (missing, _) =>
        {
            var call = Interlocked.Increment(ref _backendCalls);
            if (_backendDown)
            {
                throw new HttpRequestException("catalog down");
            }

            IReadOnlyDictionary<string, Product> found = missing.ToDictionary(id => id, id => Product(id, call));
            return Task.FromResult(found);
        });
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheBatchFailureTestsOnRedis(SingleRedis redis) : BffCacheBatchFailureTests(redis), IClassFixture<SingleRedis>
{
    // Single-node only: it kills its own redis-server, which a cluster test could only mimic by killing every master.
    [Fact]
    public async Task WhenRedisIsDownTheBatchReadGoesStraightToTheBackend()
    {
        await using var down = await RedisServer.StartAsync();
        await using var instance = CacheInstance.Create(down, _prefix, o =>
        {
            o.DistributedCacheTimeout = TimeSpan.FromMilliseconds(100);
            o.Defaults.BackgroundDistributedWrites = true;
        });
        down.Kill();
        await Eventually.TrueAsync(() => !instance.Multiplexer.IsConnected);

        var clock = Stopwatch.StartNew();
        var read = await Batch(instance, Enumerable.Range(0, 20).Select(i => $"p{i}").ToArray());

        Assert.All(read.Values, r => Assert.Equal(CacheSource.Factory, r.Source));
        Assert.Equal(1, _backendCalls);
        // A bound against hanging on a dead Redis, not a speed measurement: that is in bench/.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }
}

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheBatchFailureTestsOnCluster(SharedRedisCluster redis) : BffCacheBatchFailureTests(redis);
