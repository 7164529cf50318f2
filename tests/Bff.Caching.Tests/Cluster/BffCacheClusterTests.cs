using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Cluster;

/// <summary>
/// What only a cluster has: a batch read whose keys fall in many hash slots, on every master. The rest of the cache's
/// behaviour runs on the cluster through the <c>…OnCluster</c> subclass of each behaviour class.
/// </summary>
[Collection(RedisClusterCollection.Name)]
public class BffCacheClusterTests(SharedRedisCluster redis)
{
    private readonly string _prefix = CacheInstance.NewPrefix();
    private readonly List<IReadOnlyList<string>> _backendCalls = [];

    [Fact]
    public async Task ABatchWhoseKeysSpanEveryMasterIsReadFromTheClusterByAnotherInstance()
    {
        var ids = Enumerable.Range(0, 30).Select(i => $"p{i}").ToArray();
        await using var loader = Instance();
        await using var reader = Instance();

        var cold = await Batch(loader, ids);
        var warm = await Batch(reader, ids);

        Assert.All(ids, id => Assert.Equal(CacheSource.Factory, cold[id].Source));
        Assert.All(ids, id => Assert.Equal((Product(id), CacheSource.L2), (warm[id].Value, warm[id].Source)));
        Assert.Equal(ids, Assert.Single(_backendCalls));
        Assert.Equal(3, MastersHoldingEntries());
    }

    [Fact]
    public async Task ABatchMixingMemoryClusterAndMissingKeysAsksTheBackendOnlyForTheMissing()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await reader.Cache.SetAsync(Key("memory"), Product("memory"));
        var inRedis = Enumerable.Range(0, 10).Select(i => $"redis{i}").ToArray();
        foreach (var id in inRedis)
        {
            await writer.Cache.SetAsync(Key(id), Product(id));
        }

        var read = await Batch(reader, [.. inRedis, "memory", "new1", "new2"]);

        Assert.Equal(["new1", "new2"], Assert.Single(_backendCalls));
        Assert.Equal(CacheSource.L1, read["memory"].Source);
        Assert.All(inRedis, id => Assert.Equal((Product(id), CacheSource.L2), (read[id].Value, read[id].Source)));
    }

    private CacheInstance Instance() => CacheInstance.CreateOn(redis.Configuration, _prefix);

    private static CacheKey Key(string id) => CacheKeys.Public("catalog", "v1", id);

    private static Product Product(string id) => new(id, "Lamp " + id, 20m);

    // How many masters hold at least one of this test's entries: a batch read from all three had keys in many slots,
    // which one script call could not have read.
    private int MastersHoldingEntries() =>
        redis.Raw.GetServers().Count(server => server.Keys(pattern: $"*{_prefix}:catalog*").Any());

    private Task<IReadOnlyDictionary<string, CacheResult<Product>>> Batch(CacheInstance instance, params string[] ids) =>
        instance.Cache.GetManyAsync<string, Product>(ids, Key, (missing, _) =>
        {
            _backendCalls.Add(missing);
            IReadOnlyDictionary<string, Product> found = missing.ToDictionary(id => id, Product);
            return Task.FromResult(found);
        });
}
