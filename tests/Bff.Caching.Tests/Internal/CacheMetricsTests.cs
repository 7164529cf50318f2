using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

public class CacheMetricsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly CacheEntryPolicy Policy = new() { Fresh = TimeSpan.FromSeconds(10), Stale = TimeSpan.FromSeconds(60) };
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task HitsMissesStaleServesAndRefreshesAreCounted()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var a = CacheInstance.Create(redis.Server, _time, prefix);
        await using var b = CacheInstance.Create(redis.Server, _time, prefix);

        await Read(a);
        await Read(a);
        await Read(b);
        _time.Advance(TimeSpan.FromSeconds(11));
        await Read(a);
        await a.RefreshesDone();

        Assert.Equal(1, a.Metrics["cache.misses"]);
        Assert.Equal(1, a.Metrics["cache.hits:l1"]);
        Assert.Equal(1, b.Metrics["cache.hits:l2"]);
        Assert.Equal(1, a.Metrics["cache.stale_served"]);
        Assert.Equal(1, a.Metrics["cache.refreshes"]);
        Assert.Equal(0, a.Metrics["cache.l2_errors"]);
    }

    [Fact]
    public async Task L2FailuresAreCountedUntilTheBreakerOpens()
    {
        await using var down = await RedisServer.StartAsync();
        down.Kill();
        await using var instance = CacheInstance.Create(down, TimeProvider.System, CacheInstance.NewPrefix(), o => o.L2BreakerFailureThreshold = 2);

        for (var i = 0; i < 5; i++)
        {
            await instance.Cache.GetOrCreateAsync(CacheKeys.Public("catalog", "v1", $"p{i}"), _ => ValueTask.FromResult(i));
        }

        Assert.Equal(2, instance.Metrics["cache.l2_errors"]);
        Assert.Equal(5, instance.Metrics["cache.misses"]);
    }

    private static Task<int> Read(CacheInstance instance) =>
        instance.Cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(42), Policy).AsTask();
}
