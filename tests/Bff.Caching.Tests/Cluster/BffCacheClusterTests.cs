using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Cluster;

/// <summary>
/// The cache's behaviour on a three-master Redis Cluster: reads and writes across instances, the batch read whose
/// keys fall in many hash slots, tag invalidation, backplane eviction and stale-if-error.
/// </summary>
public class BffCacheClusterTests(RedisClusterFixture redis) : IClassFixture<RedisClusterFixture>
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMilliseconds(400);
    private readonly string _prefix = CacheInstance.NewPrefix();
    private readonly List<IReadOnlyList<string>> _backendCalls = [];
    private volatile bool _backendDown;

    [Fact]
    public async Task AValueOneInstanceLoadedIsReadFromTheClusterByAnother()
    {
        await using var a = Instance();
        await using var b = Instance();
        await a.Cache.GetOrSetAsync(Key("a"), _ => Task.FromResult(Product("a")));

        var read = await b.Cache.GetOrSetAsync<Product>(Key("a"), _ => throw new InvalidOperationException("must come from Redis"));

        Assert.Equal((Product("a"), CacheSource.L2), (read.Value, read.Source));
    }

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

    [Fact]
    public async Task RemovingByTagOnOneInstanceEvictsTheEntryFromAnothersMemory()
    {
        await using var a = Instance();
        await using var b = Instance();
        await Tagged(a, "old");
        Assert.Equal(CacheSource.L2, (await Tagged(b, "unused")).Source);
        Assert.Equal(CacheSource.L1, (await Tagged(b, "unused")).Source);

        await a.Cache.RemoveByTagAsync("product:t1");

        await Eventually.TrueAsync(async () => (await Tagged(b, "new")).Value == "new");
        Assert.Equal("new", (await Tagged(a, "new")).Value);
    }

    [Fact]
    public async Task AnInstanceStartedAfterATagInvalidationStillTreatsTheEntryAsGone()
    {
        await using var a = Instance();
        await Tagged(a, "old");
        await a.Cache.RemoveByTagAsync("product:t1");

        await using var late = Instance();
        var read = await Tagged(late, "new");

        Assert.Equal(("new", CacheSource.Factory), (read.Value, read.Source));
    }

    [Fact]
    public async Task RemovingAKeyOnOneInstanceEvictsItFromAnothersMemoryThroughTheBackplane()
    {
        await using var a = Instance();
        await using var b = Instance();
        await Tagged(a, "old");
        await Tagged(b, "unused");

        await a.Cache.RemoveAsync(TaggedKey);

        await Eventually.TrueAsync(async () => (await Tagged(b, "new")).Value == "new");
    }

    [Fact]
    public async Task WhenTheBackendFailsAStaleEntryFromTheClusterIsServedAndFlagged()
    {
        await using var writer = Instance();
        await using var reader = Instance();
        await Priced(writer, 1);
        await Task.Delay(Fresh + TimeSpan.FromMilliseconds(100));
        _backendDown = true;

        var stale = await Priced(reader, 2);

        Assert.Equal((1, true), (stale.Value, stale.IsStale));
    }

    private static readonly CacheKey TaggedKey = CacheKeys.Public("catalog", "v1", "t1");

    private CacheInstance Instance() => CacheInstance.CreateOn(redis.Cluster.Configuration, _prefix, o => o.Policies["pricing"] = new CachePolicy
    {
        Fresh = Fresh,
        Stale = TimeSpan.FromMinutes(1),
        EagerRefreshThreshold = null,
        FactorySoftTimeout = TimeSpan.FromMilliseconds(50),
    });

    private static CacheKey Key(string id) => CacheKeys.Public("catalog", "v1", id);

    private static Product Product(string id) => new(id, "Lamp " + id, 20m);

    // How many masters hold at least one of this test's entries: a batch read from all three had keys in many slots,
    // which one script call could not have read.
    private int MastersHoldingEntries() =>
        redis.Raw.GetServers().Count(server => server.Keys(pattern: $"*{_prefix}:catalog*").Any());

    private Task<CacheResult<string>> Tagged(CacheInstance instance, string value) =>
        instance.Cache.GetOrSetAsync(TaggedKey, _ => Task.FromResult(value), tags: ["product:t1"]).AsTask();

    private Task<CacheResult<int>> Priced(CacheInstance instance, int value) =>
        instance.Cache.GetOrSetAsync(CacheKeys.Public("pricing", "v1", "p1"), _ =>
            _backendDown ? throw new HttpRequestException("pricing down") : Task.FromResult(value), "pricing").AsTask();

    private Task<IReadOnlyDictionary<string, CacheResult<Product>>> Batch(CacheInstance instance, params string[] ids) =>
        instance.Cache.GetManyAsync<string, Product>(ids, Key, (missing, _) =>
        {
            _backendCalls.Add(missing);
            IReadOnlyDictionary<string, Product> found = missing.ToDictionary(id => id, Product);
            return Task.FromResult(found);
        });
}
