using Bff.Caching.Tests.Support;
using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching.Tests.Internal;

public class DefaultTwoLevelCacheReadingTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly Product Lamp = new("p1", "Lamp", 20m);

    [Fact]
    public async Task ASecondReadIsServedFromMemory()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        await instance.Cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(Lamp));

        var second = await instance.Cache.GetOrCreateWithMetadataAsync(Key, _ => ValueTask.FromResult(Lamp with { Price = 1m }));

        Assert.Equal((Lamp, false, CacheSource.L1), (second.Value, second.IsStale, second.Source));
    }

    [Fact]
    public async Task AnotherInstanceReadsTheEntryFromRedis()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var first = CacheInstance.Create(redis.Server, TimeProvider.System, prefix);
        await using var second = CacheInstance.Create(redis.Server, TimeProvider.System, prefix);
        await first.Cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(Lamp));

        var fromL2 = await second.Cache.GetOrCreateWithMetadataAsync(Key, _ => ValueTask.FromResult(Lamp with { Price = 1m }));
        var thenFromL1 = await second.Cache.GetOrCreateWithMetadataAsync(Key, _ => ValueTask.FromResult(Lamp with { Price = 1m }));

        Assert.Equal((Lamp, CacheSource.L2), (fromL2.Value, fromL2.Source));
        Assert.Equal(CacheSource.L1, thenFromL1.Source);
    }

    [Fact]
    public async Task TheHybridCacheApiWorksWithPlainStringKeys()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        HybridCache cache = instance.Cache;
        await cache.SetAsync("catalog:v1:p9", Lamp);

        var read = await cache.GetOrCreateAsync("catalog:v1:p9", _ => ValueTask.FromResult(Lamp with { Price = 1m }));
        await cache.RemoveAsync("catalog:v1:p9");
        var afterRemove = await cache.GetOrCreateAsync("catalog:v1:p9", _ => ValueTask.FromResult(Lamp with { Price = 2m }));

        Assert.Equal(20m, read.Price);
        Assert.Equal(2m, afterRemove.Price);
    }

    [Fact]
    public async Task DisablingTheLocalCacheReadsEveryTimeFromRedis()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());
        var policy = new CacheEntryPolicy { Fresh = TimeSpan.FromMinutes(1), Flags = HybridCacheEntryFlags.DisableLocalCache };
        await instance.Cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(Lamp), policy);

        var read = await instance.Cache.GetOrCreateWithMetadataAsync(Key, _ => ValueTask.FromResult(Lamp with { Price = 1m }), policy);

        Assert.Equal((Lamp, CacheSource.L2), (read.Value, read.Source));
    }

    [Fact]
    public async Task ATypeWithoutASerializerFailsLoudly()
    {
        await using var instance = CacheInstance.Create(redis.Server, TimeProvider.System, CacheInstance.NewPrefix());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => instance.Cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(new Uri("http://x"))).AsTask());
        Assert.Contains("AddJsonContext", error.Message, StringComparison.Ordinal);
    }
}
