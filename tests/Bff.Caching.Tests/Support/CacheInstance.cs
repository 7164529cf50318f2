using Bff.Caching.Internal;
using Bff.Caching.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Tests.Support;

/// <summary>One cache as an application instance would have it, built through the public registration.</summary>
public sealed class CacheInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CacheInstance(ServiceProvider services)
    {
        _services = services;
        Cache = services.GetRequiredService<TwoLevelCache>();
        Metrics = new MetricsRecorder(services);
    }

    public TwoLevelCache Cache { get; }

    public MetricsRecorder Metrics { get; }

    internal DefaultTwoLevelCache Internals => (DefaultTwoLevelCache)Cache;

    /// <summary>A cache; instances sharing <paramref name="prefix"/> and a server share L2 and invalidations.</summary>
    public static CacheInstance Create(
        RedisServer? redis, TimeProvider time, string prefix, Action<TwoLevelCacheOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(time);
        if (redis is not null)
        {
            services.AddRedisDistributedCache(o =>
            {
                o.Configuration = redis.Configuration;
                o.InstanceName = prefix + ":";
                o.InvalidationChannel = prefix + ":invalidations";
                o.CommandTimeout = TimeSpan.FromSeconds(2);
            });
        }

        // Generous by default: two cores shared with other builds make a 100 ms L2 timeout flaky.
        // Tests about a dead or slow Redis set their own.
        services.AddTwoLevelCache(o =>
        {
            o.L2Timeout = TimeSpan.FromSeconds(2);
            configure?.Invoke(o);
        }).AddJsonContext(TestJsonContext.Default);
        return new CacheInstance(services.BuildServiceProvider());
    }

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Waits until background refreshes are done, so a test can assert what they wrote.</summary>
    public Task RefreshesDone() => Eventually.TrueAsync(() => Internals.LoadsInFlight == 0);

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await _services.DisposeAsync();
    }
}
