using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCacheBatchTests(IRedisTopology redis)
{
    private readonly string _prefix = CacheInstance.NewPrefix();
    protected readonly List<IReadOnlyList<string>> _backendCalls = [];

    [Fact]
    public async Task AValueFusionCacheStoredIsFoundByTheBatchReadOnAnotherInstanceInRedis()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await writer.Cache.GetOrSetAsync(Key("a"), _ => Task.FromResult(Product("a")));

        var read = await Batch(reader, "a");
        var thenFromMemory = await reader.Cache.GetOrSetAsync<Product>(Key("a"), _ => throw new InvalidOperationException("not from memory"));

        Assert.Equal((Product("a"), false, CacheSource.L2), (read["a"].Value, read["a"].IsStale, read["a"].Source));
        Assert.Empty(_backendCalls);
        Assert.Equal(CacheSource.L1, thenFromMemory.Source);
    }

    [Fact]
    public async Task AValueTheBatchLoadedIsFoundByAPlainReadOnAnotherInstance()
    {
        await using var loader = Instance();
        await using var reader = Instance();
        await Batch(loader, "a", "b");

        var read = await reader.Cache.GetOrSetAsync<Product>(Key("b"), _ => throw new InvalidOperationException("must come from Redis"));

        Assert.Equal((Product("b"), CacheSource.L2), (read.Value, read.Source));
    }

    [Fact]
    public async Task TheBackendIsCalledOnceWithOnlyTheIdsNoLevelHad()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await reader.Cache.SetAsync(Key("memory"), Product("memory"));
        await writer.Cache.SetAsync(Key("redis"), Product("redis"));

        var read = await Batch(reader, "memory", "redis", "new1", "new2");

        Assert.Equal(["new1", "new2"], Assert.Single(_backendCalls));
        Assert.Equal(
            [CacheSource.L1, CacheSource.L2, CacheSource.Factory, CacheSource.Factory],
            new[] { "memory", "redis", "new1", "new2" }.Select(id => read[id].Source));
    }

    [Fact]
    public async Task IdsTheBackendDoesNotReturnAreAbsentAndAskedAgainNextTime()
    {
        await using var instance = Instance();

        var first = await Batch(instance, "a", "missing");
        var second = await Batch(instance, "a", "missing");

        Assert.False(first.ContainsKey("missing"));
        Assert.False(second.ContainsKey("missing"));
        Assert.Equal([["a", "missing"], ["missing"]], _backendCalls);
    }

    [Fact]
    public async Task RepeatedIdsAreReadOnce()
    {
        await using var instance = Instance();

        var read = await Batch(instance, "a", "a", "b");

        Assert.Equal(2, read.Count);
        Assert.Equal(["a", "b"], Assert.Single(_backendCalls));
    }

    protected CacheInstance Instance() => CacheInstance.CreateOn(redis.Configuration, _prefix);

    protected static CacheKey Key(string id) => CacheKeys.Public("catalog", "v1", id);

    protected static Product Product(string id) => new(id, "Lamp " + id, 20m);

    protected Task<IReadOnlyDictionary<string, CacheResult<Product>>> Batch(CacheInstance instance, params string[] ids) =>
        instance.Cache.GetManyAsync<string, Product>(ids, Key, (missing, _) =>
        {
            _backendCalls.Add(missing);
            IReadOnlyDictionary<string, Product> found = missing.Where(id => id != "missing").ToDictionary(id => id, Product);
            return Task.FromResult(found);
        });
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheBatchTestsOnRedis(SingleRedis redis) : BffCacheBatchTests(redis), IClassFixture<SingleRedis>
{
    // Single-node only: on a cluster the keys fall in many slots and the read is one script per master holding them
    // (BffCacheClusterTests checks that); INFO commandstats here counts one server's commands.
    [Fact]
    public async Task TwentyKeysMissingFromMemoryCostOneRedisCommand()
    {
        var ids = Enumerable.Range(0, 20).Select(i => $"p{i}").ToArray();
        await using var writer = Instance();
        await using var reader = Instance();
        foreach (var id in ids.Append("warm-up").Append("warm-up2"))
        {
            await writer.Cache.SetAsync(Key(id), Product(id));
        }

        // Warms the reader's memory copy of FusionCache's clear markers (read once, then kept in memory), its script
        // cache and the raw connection.
        await Batch(reader, "warm-up");
        await Batch(reader, "warm-up2");
        await CommandStats.ReadAsync(redis.Raw.GetDatabase());
        var before = await CommandStats.ReadAsync(redis.Raw.GetDatabase());
        var read = await Batch(reader, ids);
        var delta = CommandStats.Delta(before, await CommandStats.ReadAsync(redis.Raw.GetDatabase()));

        Assert.All(ids, id => Assert.Equal(CacheSource.L2, read[id].Source));
        // One script call (EVAL or EVALSHA); the HGETs it runs inside Redis are counted too, but cost no round trip.
        // StackExchange.Redis forgets the selected database after a script (a script may SELECT), so it writes a
        // SELECT in front of the next one, in the same write: still one round trip.
        Assert.Equal(1, delta.GetValueOrDefault("evalsha") + delta.GetValueOrDefault("eval"));
        Assert.Equal(20, delta.GetValueOrDefault("hget"));
        Assert.InRange(delta.GetValueOrDefault("select"), 0, 1);
        Assert.Equal("", string.Join(",", delta.Where(d => d.Key is not ("eval" or "evalsha" or "hget" or "select")).Select(d => $"{d.Key}={d.Value}")));
    }
}

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheBatchTestsOnCluster(SharedRedisCluster redis) : BffCacheBatchTests(redis);
