using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

/// <summary>FusionCache's distributed-cache circuit breaker (<c>Caching:CircuitBreakerDuration</c>) on a real Redis.</summary>
public class CircuitBreakerTests
{
    [Fact]
    public async Task AFailingRedisOpensTheBreakerWhichClosesOnceRedisIsBack()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, TimeSpan.FromMilliseconds(300));
        var changes = new List<bool>();
        instance.Fusion.Events.Distributed.CircuitBreakerChange += (_, e) => { lock (changes) { changes.Add(e.IsClosed); } };
        await Read(instance, "warm-up");

        redis.Kill();
        await Read(instance, "while-down");
        await redis.RestartAsync();

        await Eventually.TrueAsync(async () =>
        {
            await Read(instance, Guid.NewGuid().ToString("N"));
            lock (changes) { return changes.Count >= 2 && changes[^1]; }
        }, timeout: TimeSpan.FromSeconds(20));
        Assert.False(changes[0]);
    }

    [Fact]
    public async Task WhileTheBreakerIsOpenRedisIsNotAsked()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var instance = Create(redis, TimeSpan.FromMinutes(5));
        var opened = new TaskCompletionSource();
        instance.Fusion.Events.Distributed.CircuitBreakerChange += (_, e) => { if (!e.IsClosed) { opened.TrySetResult(); } };
        await Read(instance, "warm-up");
        redis.Kill();
        await Read(instance, "while-down");
        await opened.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await redis.RestartAsync();
        await Eventually.TrueAsync(() => instance.Multiplexer.IsConnected, timeout: TimeSpan.FromSeconds(20));
        using var raw = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var before = await CommandStats.ReadAsync(raw.GetDatabase());
        var read = await Read(instance, "while-open");
        var delta = CommandStats.Delta(before, await CommandStats.ReadAsync(raw.GetDatabase()));

        Assert.Equal(CacheSource.Factory, read.Source);
        Assert.Equal(0, delta.GetValueOrDefault("hmget") + delta.GetValueOrDefault("hget") + delta.GetValueOrDefault("hset") + delta.GetValueOrDefault("evalsha"));
    }

    private static CacheInstance Create(RedisServer redis, TimeSpan breakDuration) =>
        CacheInstance.Create(redis, CacheInstance.NewPrefix(), o =>
        {
            o.DistributedCacheTimeout = TimeSpan.FromMilliseconds(100);
            o.CircuitBreakerDuration = breakDuration;
            o.Defaults.BackgroundDistributedWrites = true;
        });

    private static Task<CacheResult<string>> Read(CacheInstance instance, string id) =>
        instance.Cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", id), _ => Task.FromResult("v")).AsTask();
}
