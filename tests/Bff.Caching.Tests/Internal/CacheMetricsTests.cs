using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bff.Caching.Policies;
using Bff.Caching.Tests.Support;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Tests.Internal;

public class CacheMetricsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task OnlyStaleValuesHandedToTheBffAreCountedByDomain()
    {
        await using var instance = CacheInstance.Create(redis.Server, CacheInstance.NewPrefix(), o =>
            o.Defaults = new CachePolicy { Fresh = TimeSpan.FromMilliseconds(300), EagerRefreshThreshold = null });
        var key = CacheKeys.Public("pricing", "v1", "p1");
        await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(1));
        await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(2));
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        var stale = await instance.Cache.GetOrSetAsync<int>(key, _ => throw new HttpRequestException("pricing down"));

        Assert.True(stale.IsStale);
        Assert.Equal(1, instance.Metrics["bff.cache.stale_served"]);
        Assert.Equal(1, instance.Metrics["bff.cache.stale_served:pricing"]);
    }

    [Fact]
    public async Task FusionCacheReportsHitsAndMissesOnItsOwnMeterAndTracesOnItsActivitySource()
    {
        var instruments = new ConcurrentDictionary<string, long>();
        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == FusionCacheDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => instruments.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
        meters.Start();
        var activities = new ConcurrentBag<string>();
        using var traces = new ActivityListener
        {
            ShouldListenTo = source => source.Name == FusionCacheDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => activities.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(traces);
        await using var instance = CacheInstance.Create(redis.Server, CacheInstance.NewPrefix());
        var key = CacheKeys.Public("catalog", "v1", "p1");

        await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(1));
        await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(2));

        Assert.True(instruments.GetValueOrDefault("fusioncache.cache.miss") >= 1);
        Assert.True(instruments.GetValueOrDefault("fusioncache.cache.hit") >= 1);
        Assert.NotEmpty(activities);
    }
}
