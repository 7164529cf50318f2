using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCacheInvalidationTests(IRedisTopology redis)
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly string[] Tags = ["product:p1"];
    private readonly string _prefix = CacheInstance.NewPrefix();

    [Fact]
    public async Task RemovingByTagOnOneInstanceEvictsTheEntryFromAnothersMemory()
    {
        await using var a = Instance();
        await using var b = Instance();
        await Read(a, "old");
        Assert.Equal(CacheSource.L2, (await Read(b, "unused")).Source);
        Assert.Equal(CacheSource.L1, (await Read(b, "unused")).Source);

        await a.Cache.RemoveByTagAsync("product:p1");

        await Eventually.TrueAsync(async () => (await Read(b, "new")).Value == "new");
        Assert.Equal("new", (await Read(a, "new")).Value);
    }

    [Fact]
    public async Task RemovingAKeyOnOneInstanceEvictsItFromAnothersMemory()
    {
        await using var a = Instance();
        await using var b = Instance();
        await Read(a, "old");
        await Read(b, "unused");

        await a.Cache.RemoveAsync(Key);

        await Eventually.TrueAsync(async () => (await Read(b, "new")).Value == "new");
    }

    [Fact]
    public async Task SettingAValueOnOneInstanceReplacesAnothersCopy()
    {
        await using var a = Instance();
        await using var b = Instance();
        await Read(b, "old");

        await a.Cache.SetAsync(Key, "set", tags: Tags);

        await Eventually.TrueAsync(async () => (await Read(b, "unused")).Value == "set");
    }

    [Fact]
    public async Task AnInstanceThatMissedTheMessageStillTreatsTheEntryAsGone()
    {
        await using var a = Instance();
        await Read(a, "old");
        await a.Cache.RemoveByTagAsync("product:p1");

        // Started after the invalidation: it learns of it from FusionCache's tag entry in Redis.
        await using var late = Instance();
        var read = await Read(late, "new");

        Assert.Equal(("new", CacheSource.Factory), (read.Value, read.Source));
    }

    [Fact]
    public async Task RemovingTheStarTagInvalidatesEveryEntry()
    {
        await using var a = Instance();
        await Read(a, "old");
        var other = CacheKeys.Public("catalog", "v1", "untagged");
        await a.Cache.GetOrSetAsync(other, _ => Task.FromResult("old"));

        await a.Cache.RemoveByTagAsync("*");

        Assert.Equal("new", (await Read(a, "new")).Value);
        Assert.Equal("new", (await a.Cache.GetOrSetAsync(other, _ => Task.FromResult("new"))).Value);
    }

    [Fact]
    public async Task AnEntryCreatedAfterAnInvalidationIsValid()
    {
        await using var a = Instance();
        await a.Cache.RemoveByTagAsync("product:p1");

        await Read(a, "first");
        var second = await Read(a, "second");

        Assert.Equal(("first", CacheSource.L1), (second.Value, second.Source));
    }

    [Fact]
    public async Task EntriesWithOtherTagsSurviveAnInvalidation()
    {
        await using var a = Instance();
        var other = CacheKeys.Public("catalog", "v1", "p2");
        await a.Cache.GetOrSetAsync(other, _ => Task.FromResult("kept"), tags: ["product:p2"]);

        await a.Cache.RemoveByTagAsync("product:p1");

        Assert.Equal("kept", (await a.Cache.GetOrSetAsync(other, _ => Task.FromResult("lost"), tags: ["product:p2"])).Value);
    }

    private CacheInstance Instance() => CacheInstance.CreateOn(redis.Configuration, _prefix);

    private static Task<CacheResult<string>> Read(CacheInstance instance, string fromBackend) =>
        instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(fromBackend), tags: Tags).AsTask();
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheInvalidationTestsOnRedis(SingleRedis redis) : BffCacheInvalidationTests(redis), IClassFixture<SingleRedis>;

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheInvalidationTestsOnCluster(SharedRedisCluster redis) : BffCacheInvalidationTests(redis);
