using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCacheReadingTests(IRedisTopology redis)
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly Product Lamp = new("p1", "Lamp", 20m);

    [Fact]
    public async Task AFirstReadCallsTheBackendAndASecondIsServedFromMemory()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        var first = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp));

        var second = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 1m }));

        Assert.Equal((Lamp, false, CacheSource.Factory), (first.Value, first.IsStale, first.Source));
        Assert.Equal((Lamp, false, CacheSource.L1), (second.Value, second.IsStale, second.Source));
    }

    [Fact]
    public async Task AnotherInstanceReadsTheEntryFromRedisThenFromItsMemory()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var first = CacheInstance.CreateOn(redis.Configuration, prefix);
        await using var second = CacheInstance.CreateOn(redis.Configuration, prefix);
        await first.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp));

        var fromL2 = await second.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 1m }));
        var thenFromL1 = await second.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 1m }));

        Assert.Equal((Lamp, CacheSource.L2), (fromL2.Value, fromL2.Source));
        Assert.Equal((Lamp, CacheSource.L1), (thenFromL1.Value, thenFromL1.Source));
    }

    [Fact]
    public async Task SetAndRemoveWorkOnBuiltKeys()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());
        await instance.Cache.SetAsync(Key, Lamp);

        var read = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 1m }));
        await instance.Cache.RemoveAsync(Key);
        var afterRemove = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 2m }));

        Assert.Equal(20m, read.Value.Price);
        Assert.Equal((2m, CacheSource.Factory), (afterRemove.Value.Price, afterRemove.Source));
    }

    [Fact]
    public async Task APolicyThatSkipsMemoryReadsEveryTimeFromRedis()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix(), o => o.Policies["no-memory"] = new() { SkipMemory = true });
        await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp), "no-memory");

        var read = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp with { Price = 1m }), "no-memory");

        Assert.Equal((Lamp, CacheSource.L2), (read.Value, read.Source));
        Assert.DoesNotContain(instance.Memory.Keys, k => k.ToString()!.EndsWith(Key.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownPolicyNameFailsWithTheConfigurationSection()
    {
        await using var instance = CacheInstance.CreateOn(redis.Configuration, CacheInstance.NewPrefix());

        var error = await Assert.ThrowsAsync<ArgumentException>(() => instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp), "nope").AsTask());
        Assert.Contains("Caching:Policies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypesOfARegisteredJsonContextRoundTripThroughRedis()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var writer = CacheInstance.CreateOn(redis.Configuration, prefix);
        await using var reader = CacheInstance.CreateOn(redis.Configuration, prefix);
        await writer.Cache.SetAsync(Key, Lamp);

        var read = await reader.Cache.GetOrSetAsync<Product>(Key, _ => throw new InvalidOperationException("must come from Redis"));

        Assert.Equal((Lamp, CacheSource.L2), (read.Value, read.Source));
    }

    [Fact]
    public async Task AValueTupleKeepsItsItemsThroughRedis()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var writer = CacheInstance.CreateOn(redis.Configuration, prefix);
        await using var reader = CacheInstance.CreateOn(redis.Configuration, prefix);
        await writer.Cache.SetAsync(Key, (Count: 3, Name: "lamps"));

        var read = await reader.Cache.GetOrSetAsync<(int Count, string Name)>(Key, _ => throw new InvalidOperationException("must come from Redis"));

        Assert.Equal(((3, "lamps"), CacheSource.L2), (read.Value, read.Source));
    }
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheReadingTestsOnRedis(SingleRedis redis) : BffCacheReadingTests(redis), IClassFixture<SingleRedis>;

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheReadingTestsOnCluster(SharedRedisCluster redis) : BffCacheReadingTests(redis);
