using Bff.Caching.Internal;
using Bff.Caching.Policies;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;
using ZiggyCreatures.Caching.Fusion.Serialization;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;

namespace Bff.Caching;

/// <summary>Registration of the BFF cache on FusionCache.</summary>
public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Registers FusionCache (memory bounded by <c>Caching:L1SizeLimit</c>, System.Text.Json) and <see cref="BffCache"/>
    /// over it, with options from <c>Caching</c> validated at start-up. When <c>AddRedisConnection()</c> was called first,
    /// FusionCache gets <c>RedisCache</c> as L2 and its Redis backplane, both over that one <see cref="IConnectionMultiplexer"/>;
    /// without it the cache runs on memory alone.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Defaults in code; configuration overrides them.</param>
    /// <returns>A builder to add JSON contexts.</returns>
    public static BffCachingBuilder AddBffCaching(this IServiceCollection services, Action<CachingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CachingOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.BindConfiguration(CachingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CachingOptions>, CachingOptionsValidator>());
        services.AddMetrics();
        services.AddLogging();
        var contexts = new JsonContexts();
        services.TryAddSingleton<CachePolicies>();
        services.TryAddSingleton<FusionKeys>();
        services.TryAddSingleton<L1Memory>();
        services.TryAddSingleton<CacheMetrics>();
        // One serializer for FusionCache and for the batch read, which decodes FusionCache's entries itself.
        services.TryAddSingleton<IFusionCacheSerializer>(_ => new FusionCacheSystemTextJsonSerializer(contexts.CreateOptions()));
        var fusion = services.AddFusionCache()
            .WithOptions((sp, o) => Configure(o, sp))
            .WithMemoryCache(sp => sp.GetRequiredService<L1Memory>().Cache)
            .WithSerializer(sp => sp.GetRequiredService<IFusionCacheSerializer>());
        var hasRedis = services.Any(d => d.ServiceType == typeof(IConnectionMultiplexer));
        if (hasRedis)
        {
            fusion.WithDistributedCache(sp => new RedisCache(Options.Create(new RedisCacheOptions
            {
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
            })))
                .WithBackplane(sp => new RedisBackplane(
                    Options.Create(new RedisBackplaneOptions
                    {
                        ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()),
                    }),
                    sp.GetService<ILogger<RedisBackplane>>()));
        }

        services.TryAddSingleton(sp => Create(sp, hasRedis));
        return new BffCachingBuilder(fusion, contexts);
    }

    private static void Configure(FusionCacheOptions o, IServiceProvider sp)
    {
        var caching = sp.GetRequiredService<IOptions<CachingOptions>>().Value;
        var policies = sp.GetRequiredService<CachePolicies>();
        o.CacheKeyPrefix = sp.GetRequiredService<FusionKeys>().Prefix;
        o.BackplaneChannelPrefix = caching.KeyPrefix;
        o.DistributedCacheKeyModifierMode = CacheKeyModifierMode.Prefix;
        o.DefaultEntryOptions = policies.Default;
        o.TagsDefaultEntryOptions = policies.Tags;
        o.DistributedCacheCircuitBreakerDuration = caching.CircuitBreakerDuration;
        o.BackplaneCircuitBreakerDuration = caching.CircuitBreakerDuration;
        // The backend's own exception reaches the BFF (it maps HttpRequestException etc. to GraphQL errors).
        o.ReThrowOriginalExceptions = true;
        // ReadObserver learns from events on the reading flow whether a value is stale.
        o.EnableSyncEventHandlersExecution = true;
    }

    private static BffCache Create(IServiceProvider sp, bool hasRedis)
    {
        var fusion = sp.GetRequiredService<IFusionCache>();
        var (keys, policies, metrics) = (sp.GetRequiredService<FusionKeys>(), sp.GetRequiredService<CachePolicies>(), sp.GetRequiredService<CacheMetrics>());
        var serializer = sp.GetRequiredService<IFusionCacheSerializer>();
        var reader = hasRedis
            ? new RedisEntryReader(sp.GetRequiredService<IConnectionMultiplexer>(), sp.GetRequiredService<IOptions<CachingOptions>>().Value.DistributedCacheTimeout)
            : null;
        var distributed = new DistributedBatch(fusion, serializer, keys, new TagValidity(fusion, policies), reader);
        return new BffCache(fusion, policies, keys, metrics, new BatchRead(fusion, distributed, metrics), new StaleAge(serializer, keys, reader));
    }
}
