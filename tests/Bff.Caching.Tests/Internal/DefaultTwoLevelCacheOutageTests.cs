using System.Diagnostics;
using Bff.Caching.Tests.Support;
using StackExchange.Redis;

namespace Bff.Caching.Tests.Internal;

/// <summary>Each test starts its own redis-server, since it kills or pauses it.</summary>
public class DefaultTwoLevelCacheOutageTests
{
    private static readonly CacheKey Cached = CacheKeys.Public("catalog", "v1", "cached");

    [Fact]
    public async Task WhenRedisIsKilledRequestsAreStillServedAndNeverWaitOnIt()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, CacheInstance.NewPrefix());
        await instance.Cache.GetOrCreateAsync(Cached, _ => ValueTask.FromResult("from-memory"));

        redis.Kill();
        var clock = Stopwatch.StartNew();
        var cached = await instance.Cache.GetOrCreateWithMetadataAsync(Cached, _ => ValueTask.FromResult("unused"));
        var misses = new List<CacheResult<string>>();
        for (var i = 0; i < 20; i++)
        {
            misses.Add(await instance.Cache.GetOrCreateWithMetadataAsync(CacheKeys.Public("catalog", "v1", $"p{i}"), _ => ValueTask.FromResult("from-backend")));
        }

        Assert.Equal(("from-memory", CacheSource.L1), (cached.Value, cached.Source));
        Assert.All(misses, m => Assert.Equal(("from-backend", CacheSource.Factory), (m.Value, m.Source)));
        // 21 requests; with the breaker open only the first few pay the 100 ms L2 timeout.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"took {clock.Elapsed}");
        Assert.InRange(instance.Metrics["cache.l2_errors"], 1, 10);
    }

    [Fact]
    public async Task WhenRedisComesBackTheCacheReconnectsOnItsOwn()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = CacheInstance.NewPrefix();
        await using var instance = Create(redis, prefix);
        await instance.Cache.GetOrCreateAsync(Cached, _ => ValueTask.FromResult("v"));
        redis.Kill();
        await instance.Cache.GetOrCreateAsync(CacheKeys.Public("catalog", "v1", "during"), _ => ValueTask.FromResult("v"));

        await redis.RestartAsync();

        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var n = 0;
        await Eventually.TrueAsync(async () =>
        {
            var key = CacheKeys.Public("catalog", "v1", $"after{n++}");
            await instance.Cache.SetAsync(key, "v");
            return await raw.GetDatabase().KeyExistsAsync($"{prefix}:{key}");
        }, timeout: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ASlowRedisCostsARequestNoMoreThanTheL2Timeout()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, CacheInstance.NewPrefix());
        await instance.Cache.GetOrCreateAsync(Cached, _ => ValueTask.FromResult("warm-up"));
        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);

        await raw.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "3000");
        var clock = Stopwatch.StartNew();
        var read = await instance.Cache.GetOrCreateWithMetadataAsync(CacheKeys.Public("catalog", "v1", "slow"), _ => ValueTask.FromResult("from-backend"));

        Assert.Equal("from-backend", read.Value);
        // Two L2 calls (read, write) at 100 ms each, plus scheduling slack on a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(800), $"took {clock.Elapsed}");
    }

    private static CacheInstance Create(RedisServer redis, string prefix) =>
        CacheInstance.Create(redis, TimeProvider.System, prefix, o =>
        {
            o.L2Timeout = TimeSpan.FromMilliseconds(100);
            o.L2BreakerFailureThreshold = 2;
            o.L2BreakDuration = TimeSpan.FromMilliseconds(300);
        });
}
