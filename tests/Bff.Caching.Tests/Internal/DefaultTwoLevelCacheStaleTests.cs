using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

public class DefaultTwoLevelCacheStaleTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static readonly CacheKey Key = CacheKeys.Public("pricing", "v1", "p1");
    private static readonly CacheEntryPolicy Policy = new() { Fresh = TimeSpan.FromSeconds(10), Stale = TimeSpan.FromSeconds(60) };
    private readonly FakeTimeProvider _time = new();
    private int _version;
    private bool _backendDown;

    [Fact]
    public async Task AStaleEntryIsServedAtOnceAndRefreshedInTheBackground()
    {
        await using var instance = Instance();
        await Read(instance);
        _time.Advance(TimeSpan.FromSeconds(11));

        var stale = await Read(instance);
        await instance.RefreshesDone();
        var refreshed = await Read(instance);

        Assert.Equal((1, true, CacheSource.L1), (stale.Value, stale.IsStale, stale.Source));
        Assert.Equal((2, false, CacheSource.L1), (refreshed.Value, refreshed.IsStale, refreshed.Source));
        Assert.Equal(2, _version);
    }

    [Fact]
    public async Task WhenTheBackendFailsTheStaleEntryIsServedAndFlagged()
    {
        await using var instance = Instance();
        await Read(instance);
        _time.Advance(TimeSpan.FromSeconds(11));
        _backendDown = true;

        var first = await Read(instance);
        await instance.RefreshesDone();
        var afterFailedRefresh = await Read(instance);
        await instance.RefreshesDone();

        Assert.Equal((1, true), (first.Value, first.IsStale));
        Assert.Equal((1, true), (afterFailedRefresh.Value, afterFailedRefresh.IsStale));
    }

    [Fact]
    public async Task PastTheStaleWindowABackendFailureReachesTheCaller()
    {
        await using var instance = Instance();
        await Read(instance);
        _time.Advance(TimeSpan.FromSeconds(71));
        _backendDown = true;

        await Assert.ThrowsAsync<HttpRequestException>(() => Read(instance));
    }

    [Fact]
    public async Task WithoutBackgroundRefreshAStaleReadWaitsForTheBackend()
    {
        await using var instance = Instance();
        var policy = Policy with { RefreshInBackground = false };
        await Read(instance, policy);
        _time.Advance(TimeSpan.FromSeconds(11));

        var refreshed = await Read(instance, policy);

        Assert.Equal((2, false, CacheSource.Factory), (refreshed.Value, refreshed.IsStale, refreshed.Source));
    }

    [Fact]
    public async Task WithoutBackgroundRefreshABackendFailureFallsBackToTheStaleEntry()
    {
        await using var instance = Instance();
        var policy = Policy with { RefreshInBackground = false };
        await Read(instance, policy);
        _time.Advance(TimeSpan.FromSeconds(11));
        _backendDown = true;

        var fallback = await Read(instance, policy);

        Assert.Equal((1, true, CacheSource.L1), (fallback.Value, fallback.IsStale, fallback.Source));
    }

    [Fact]
    public async Task AStaleEntryFoundInRedisIsServedAndRefreshed()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var writer = Instance(prefix);
        await using var reader = Instance(prefix);
        await Read(writer);
        _time.Advance(TimeSpan.FromSeconds(11));

        var stale = await Read(reader);
        await reader.RefreshesDone();
        var fresh = await Read(reader);

        Assert.Equal((1, true, CacheSource.L2), (stale.Value, stale.IsStale, stale.Source));
        Assert.Equal((2, false), (fresh.Value, fresh.IsStale));
    }

    private CacheInstance Instance(string? prefix = null) =>
        CacheInstance.Create(redis.Server, _time, prefix ?? CacheInstance.NewPrefix());

    private Task<CacheResult<int>> Read(CacheInstance instance, CacheEntryPolicy? policy = null) =>
        instance.Cache.GetOrCreateWithMetadataAsync(
            Key,
            _ => _backendDown
                ? ValueTask.FromException<int>(new HttpRequestException("pricing down"))
                : ValueTask.FromResult(Interlocked.Increment(ref _version)),
            policy ?? Policy).AsTask();
}
