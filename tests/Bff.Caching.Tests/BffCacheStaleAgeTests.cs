using System.Diagnostics;
using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

/// <summary>
/// The age of a stale value. FusionCache reads the system clock (no <see cref="TimeProvider"/>), so each test brackets
/// the value's production with a stopwatch: the age must lie between the time since the backend answered and the time
/// since it was called. Those are bounds of a measurement, not a speed requirement.
/// </summary>
public abstract class BffCacheStaleAgeTests(IRedisTopology redis)
{
    protected static readonly TimeSpan Fresh = TimeSpan.FromMilliseconds(300);
    protected static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(20);
    protected volatile bool _backendDown;

    [Fact]
    public async Task AFreshValueHasNoAge()
    {
        await using var instance = Instance(redis.Configuration);

        var loaded = await Read(instance, "p1");
        var cached = await Read(instance, "p1");

        Assert.Equal((false, (TimeSpan?)null), (loaded.IsStale, loaded.Age));
        Assert.Equal((CacheSource.L1, (TimeSpan?)null), (cached.Source, cached.Age));
    }

    [Fact]
    public async Task AValueServedStaleBecauseTheBackendFailedCarriesTheTimeSinceItWasProduced()
    {
        await using var instance = Instance(redis.Configuration);
        var (sinceCalled, sinceAnswered) = await Produce(() => Read(instance, "p1"));
        await Task.Delay(Wait);
        _backendDown = true;

        var (first, window) = await Timed(() => Read(instance, "p1"), sinceCalled, sinceAnswered);
        var (whileThrottled, throttledWindow) = await Timed(() => Read(instance, "p1"), sinceCalled, sinceAnswered);

        AssertAgeWithin(first, window);
        AssertAgeWithin(whileThrottled, throttledWindow);
    }

    [Fact]
    public async Task AStaleCopyAnotherInstanceProducedCarriesItsProductionTime()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var writer = Instance(redis.Configuration, prefix);
        await using var reader = Instance(redis.Configuration, prefix);
        var (sinceCalled, sinceAnswered) = await Produce(() => Read(writer, "p1"));
        await Task.Delay(Wait);
        _backendDown = true;

        var (stale, window) = await Timed(() => Read(reader, "p1"), sinceCalled, sinceAnswered);

        Assert.Equal(CacheSource.L2, stale.Source);
        AssertAgeWithin(stale, window);
    }

    [Fact]
    public async Task StaleCopiesOfABatchReadCarryTheTimestampRedisHolds()
    {
        await using var instance = Instance(redis.Configuration);
        var (sinceCalled, sinceAnswered) = await Produce(() => Batch(instance, "a", "b"));
        await Task.Delay(Wait);
        _backendDown = true;

        var (read, window) = await Timed(() => Batch(instance, "a", "b"), sinceCalled, sinceAnswered);

        Assert.All(read.Values, r => AssertAgeWithin(r, window));
    }

    [Fact]
    public async Task AFreshBatchReadHasNoAge()
    {
        await using var instance = Instance(redis.Configuration);

        var loaded = await Batch(instance, "a");
        var cached = await Batch(instance, "a");

        Assert.Null(loaded["a"].Age);
        Assert.Equal((CacheSource.L1, (TimeSpan?)null), (cached["a"].Source, cached["a"].Age));
    }

    protected static async Task<(Stopwatch SinceCalled, Stopwatch SinceAnswered)> Produce(Func<Task> read)
    {
        var sinceCalled = Stopwatch.StartNew();
        await read();
        return (sinceCalled, Stopwatch.StartNew());
    }

    /// <summary>
    /// A read with the bounds its age must fall in: at least the time since the value was answered, read before the
    /// read starts; at most the time since it was asked for, read after the read ends (a read slowed by a loaded
    /// machine then widens the window instead of failing the test).
    /// </summary>
    protected static async Task<(T Result, (TimeSpan Shortest, TimeSpan Longest) Window)> Timed<T>(
        Func<Task<T>> read, Stopwatch sinceCalled, Stopwatch sinceAnswered)
    {
        var shortest = sinceAnswered.Elapsed;
        var result = await read();
        return (result, (shortest, sinceCalled.Elapsed));
    }

    protected static void AssertAgeWithin<T>(CacheResult<T> result, (TimeSpan Shortest, TimeSpan Longest) window)
    {
        var (shortest, longest) = window;
        Assert.True(result.IsStale);
        var age = Assert.NotNull(result.Age);
        Assert.InRange(age, shortest - ClockSlack, longest + ClockSlack);
    }

    protected static CacheInstance Instance(string? redis, string? prefix = null) =>
        CacheInstance.CreateOn(redis, prefix ?? CacheInstance.NewPrefix(), o => o.Defaults = new CachePolicy
        {
            Fresh = Fresh,
            Stale = TimeSpan.FromMinutes(1),
            EagerRefreshThreshold = null,
            FactorySoftTimeout = TimeSpan.FromSeconds(5),
        });

    protected Task<CacheResult<string>> Read(CacheInstance instance, string id) =>
        instance.Cache.GetOrSetAsync(
            CacheKeys.Public("pricing", "v1", id), _ => _backendDown ? throw new HttpRequestException("pricing down") : Task.FromResult("price of " + id)).AsTask();

    protected Task<IReadOnlyDictionary<string, CacheResult<Product>>> Batch(CacheInstance instance, params string[] ids) =>
        instance.Cache.GetManyAsync<string, Product>(ids, id => CacheKeys.Public("catalog", "v1", id), (missing, _) =>
        {
            if (_backendDown)
            {
                throw new HttpRequestException("catalog down");
            }

            IReadOnlyDictionary<string, Product> found = missing.ToDictionary(id => id, id => new Product(id, "Lamp " + id, 1m));
            return Task.FromResult(found);
        });
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCacheStaleAgeTestsOnRedis(SingleRedis redis) : BffCacheStaleAgeTests(redis), IClassFixture<SingleRedis>
{
    // These two use no Redis at all (L1 alone): run once, here, rather than again on the cluster.
    [Fact]
    public async Task WithoutRedisAStaleSingleReadStillKnowsItsAge()
    {
        await using var instance = Instance(redis: null);
        var (sinceCalled, sinceAnswered) = await Produce(() => Read(instance, "p1"));
        await Task.Delay(Wait);
        _backendDown = true;

        var (stale, window) = await Timed(() => Read(instance, "p1"), sinceCalled, sinceAnswered);

        AssertAgeWithin(stale, window);
    }

    [Fact]
    public async Task AStaleBatchCopyOnlyMemoryHeldReportsTheFreshTimeAsALowerBound()
    {
        await using var instance = Instance(redis: null);
        await Batch(instance, "a");
        await Task.Delay(Wait);
        _backendDown = true;

        var read = await Batch(instance, "a");

        Assert.Equal((true, (TimeSpan?)Fresh), (read["a"].IsStale, read["a"].Age));
    }
}

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCacheStaleAgeTestsOnCluster(SharedRedisCluster redis) : BffCacheStaleAgeTests(redis);
