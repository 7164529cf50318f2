using Bff.Caching.Internal;
using Bff.Caching.Redis;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Tests.Support;

/// <summary>One cache as an application instance would have it, built through the public registration.</summary>
public sealed class CacheInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CacheInstance(ServiceProvider services)
    {
        _services = services;
        Cache = services.GetRequiredService<BffCache>();
        Fusion = services.GetRequiredService<IFusionCache>();
        Metrics = new MetricsRecorder(services);
    }

    public BffCache Cache { get; }

    public IFusionCache Fusion { get; }

    public MetricsRecorder Metrics { get; }

    public IServiceProvider Services => _services;

    internal MemoryCache Memory => _services.GetRequiredService<L1Memory>().Cache;

    public IConnectionMultiplexer Multiplexer => _services.GetRequiredService<IConnectionMultiplexer>();

    /// <summary>A cache; instances sharing <paramref name="prefix"/> and a server share Redis entries and the backplane.</summary>
    public static CacheInstance Create(RedisServer? redis, string prefix, Action<CachingOptions>? configure = null) =>
        CreateOn(redis?.Configuration, prefix, configure);

    /// <summary>A cache on the Redis (a server or a cluster) that <paramref name="configuration"/> names, or on L1 alone when null.</summary>
    public static CacheInstance CreateOn(string? configuration, string prefix, Action<CachingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        if (configuration is not null)
        {
            services.AddRedisConnection(o =>
            {
                o.Configuration = configuration;
                o.CommandTimeout = TimeSpan.FromSeconds(2);
                // Connecting happens on first use; on a loaded machine the default second is sometimes not enough,
                // and a multiplexer still connecting fails its commands fast.
                o.ConnectTimeout = TimeSpan.FromSeconds(5);
            });
        }

        services.AddBffCaching(o =>
        {
            o.KeyPrefix = prefix;
            // Generous by default: two cores shared with other builds make a 100 ms Redis timeout flaky.
            // Tests about a dead or slow Redis set their own.
            o.DistributedCacheTimeout = TimeSpan.FromSeconds(2);
            configure?.Invoke(o);
        }).AddJsonContext(TestJsonContext.Default);
        var provider = services.BuildServiceProvider();
        return new CacheInstance(provider);
    }

    public static string NewPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await _services.DisposeAsync();
    }
}
