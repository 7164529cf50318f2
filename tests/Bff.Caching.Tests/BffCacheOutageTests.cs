using System.Diagnostics;
using Bff.Caching.Tests.Support;
using StackExchange.Redis;

namespace Bff.Caching.Tests;

/// <summary>Each test starts its own redis-server, since it kills or pauses it.</summary>
public class BffCacheOutageTests
{
    private static readonly CacheKey Cached = CacheKeys.Public("catalog", "v1", "cached");

    [Fact]
    public async Task WhenRedisIsKilledRequestsAreStillServedAndNeverWaitOnIt()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, CacheInstance.NewPrefix());
        await instance.Cache.GetOrSetAsync(Cached, _ => Task.FromResult("from-memory"));

        redis.Kill();
        var clock = Stopwatch.StartNew();
        var cached = await instance.Cache.GetOrSetAsync(Cached, _ => Task.FromResult("unused"));
        var misses = new List<CacheResult<string>>();
        for (var i = 0; i < 20; i++)
        {
            misses.Add(await instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", $"p{i}"), _ => Task.FromResult("from-backend")));
        }

        Assert.Equal(("from-memory", CacheSource.L1), (cached.Value, cached.Source));
        Assert.All(misses, m => Assert.Equal(("from-backend", CacheSource.Factory), (m.Value, m.Source)));
        // A bound against waiting on a dead Redis (21 requests, the breaker open after the first failure), not a speed test.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task WhenRedisComesBackTheCacheWritesToItAgainOnItsOwn()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = CacheInstance.NewPrefix();
        await using var instance = Create(redis, prefix);
        await instance.Cache.GetOrSetAsync(Cached, _ => Task.FromResult("v"));
        redis.Kill();
        await instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", "during"), _ => Task.FromResult("v"));

        await redis.RestartAsync();

        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var n = 0;
        await Eventually.TrueAsync(async () =>
        {
            var key = CacheKeys.Public("catalog", "v1", $"after{n++}");
            await instance.Cache.SetAsync(key, "v");
            return await raw.GetDatabase().KeyExistsAsync($"v2:{prefix}:{key.Value}");
        }, timeout: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task AnEntryWrittenWhileRedisWasDownReachesRedisAfterItComesBack()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = CacheInstance.NewPrefix();
        await using var instance = Create(redis, prefix);
        await instance.Cache.SetAsync(Cached, "before");
        redis.Kill();
        var during = CacheKeys.Public("catalog", "v1", "during");
        await instance.Cache.SetAsync(during, "written while down");

        await redis.RestartAsync();

        // FusionCache's auto-recovery replays the write it could not make.
        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        await Eventually.TrueAsync(() => raw.GetDatabase().KeyExistsAsync($"v2:{prefix}:{during.Value}"), timeout: TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ASlowRedisCostsAReadNoMoreThanTheDistributedCacheTimeout()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, CacheInstance.NewPrefix());
        await instance.Cache.GetOrSetAsync(Cached, _ => Task.FromResult("warm-up"));
        using var raw = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);

        await raw.GetDatabase().ExecuteAsync("CLIENT", "PAUSE", "3000");
        var clock = Stopwatch.StartNew();
        var read = await instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", "slow"), _ => Task.FromResult("from-backend"));

        Assert.Equal("from-backend", read.Value);
        // The read gives up on Redis after 100 ms and the write runs in the background; slack for a busy machine.
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(800), $"took {clock.Elapsed}");
    }

    private static CacheInstance Create(RedisServer redis, string prefix) =>
        CacheInstance.Create(redis, prefix, o =>
        {
            o.DistributedCacheTimeout = TimeSpan.FromMilliseconds(100);
            o.CircuitBreakerDuration = TimeSpan.FromMilliseconds(300);
            o.Defaults.BackgroundDistributedWrites = true;
        });
}
