using System.Diagnostics;
using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Bff.Caching.Tests.Internal;

/// <summary>What the batch read relies on: how FusionCache and RedisCache store an entry.</summary>
public class DistributedFormatTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly Product Lamp = new("p1", "Lamp", 20m);
    private readonly string _prefix = CacheInstance.NewPrefix();

    [Fact]
    public async Task AnEntryIsARedisCacheHashOfFusionCachesEntryUnderTheWireFormatKey()
    {
        await using var instance = CacheInstance.Create(redis.Server, _prefix);
        await instance.Cache.SetAsync(Key, Lamp, tags: ["product:p1"]);

        var hash = (await redis.Raw.HashGetAllAsync(RedisKey())).ToDictionary(e => e.Name.ToString(), e => e.Value);
        var entry = instance.Services.GetRequiredService<IFusionCacheSerializer>().Deserialize<FusionCacheDistributedEntry<Product>>(hash["data"]!)!;

        Assert.Equal(["absexp", "data", "sldexp"], hash.Keys.Order());
        Assert.Equal(Lamp, entry.Value);
        Assert.Equal(["product:p1"], entry.Tags!);
        Assert.True(entry.LogicalExpirationTimestamp > DateTimeOffset.UtcNow.UtcTicks);
    }

    [Fact]
    public async Task FusionCacheWritesNoSlidingExpirySoTheKeysTimeToLiveIsTheWholeStory()
    {
        await using var instance = CacheInstance.Create(redis.Server, _prefix, o =>
            o.Defaults = new CachePolicy { Fresh = TimeSpan.FromSeconds(30), Stale = TimeSpan.FromSeconds(60) });
        await instance.Cache.SetAsync(Key, Lamp);

        var sliding = await redis.Raw.HashGetAsync(RedisKey(), "sldexp");
        var ttl = await redis.Raw.KeyTimeToLiveAsync(RedisKey());

        Assert.Equal("-1", sliding.ToString());
        // Kept in Redis for the fresh time plus the stale window, for fail-safe.
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(80), TimeSpan.FromSeconds(90));
    }

    [Fact]
    public async Task RemovedEntriesAreGoneFromRedis()
    {
        await using var instance = CacheInstance.Create(redis.Server, _prefix);
        await instance.Cache.SetAsync(Key, Lamp);

        await instance.Cache.RemoveAsync(Key);

        Assert.False(await redis.Raw.KeyExistsAsync(RedisKey()));
    }

    [Fact]
    public async Task BytesOfAnotherFormatReadAsAMiss()
    {
        await using var instance = CacheInstance.Create(redis.Server, _prefix);
        await redis.Raw.HashSetAsync(RedisKey(), "data", new byte[] { 2, 0, 0 });

        var read = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp));

        Assert.Equal((Lamp, CacheSource.Factory), (read.Value, read.Source));
    }

    [Fact]
    public async Task ADeadRedisNeitherBreaksStartUpNorHangsACall()
    {
        await using var dead = await RedisServer.StartAsync();
        dead.Kill();
        var clock = Stopwatch.StartNew();
        await using var instance = CacheInstance.Create(dead, _prefix, o => o.DistributedCacheTimeout = TimeSpan.FromMilliseconds(100));

        var read = await instance.Cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp));

        Assert.Equal(CacheSource.Factory, read.Source);
        // A bound that tells a call that gives up (≈ the 1 s connect timeout) from one that hangs, with room for a loaded machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    private string RedisKey() => $"v2:{_prefix}:{Key.Value}";
}
