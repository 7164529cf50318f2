using Bff.Caching.Internal;
using Bff.Caching.Invalidation;
using Bff.Caching.Serialization;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bff.Caching;

/// <summary>Registration of the two-level cache.</summary>
public static class TwoLevelCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TwoLevelCache"/> (also as <see cref="HybridCache"/>) with options from the
    /// <c>Caching</c> section, validated at start-up. L2 is whatever <c>IDistributedCache</c> is registered,
    /// usually through <c>AddRedisDistributedCache</c>; without one the cache runs on L1 alone.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Defaults in code; configuration overrides them.</param>
    /// <returns>A builder to register serializers.</returns>
    public static TwoLevelCacheBuilder AddTwoLevelCache(this IServiceCollection services, Action<TwoLevelCacheOptions>? configure = null)
    {
        var options = services.AddOptions<TwoLevelCacheOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.BindConfiguration(TwoLevelCacheOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwoLevelCacheOptions>, TwoLevelCacheOptionsValidator>());
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICacheInvalidationBus, NullInvalidationBus>();
        services.TryAddSingleton<CacheMetrics>();
        services.TryAddSingleton<CacheSerializers>();
        services.TryAddSingleton<DefaultTwoLevelCache>();
        services.TryAddSingleton<TwoLevelCache>(sp => sp.GetRequiredService<DefaultTwoLevelCache>());
        services.TryAddSingleton<HybridCache>(sp => sp.GetRequiredService<DefaultTwoLevelCache>());
        return new TwoLevelCacheBuilder(services);
    }
}
