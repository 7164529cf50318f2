using Bff.Caching.Invalidation;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bff.Caching.Redis;

/// <summary>Registration of the Redis L2.</summary>
public static class RedisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDistributedCache"/> over StackExchange.Redis, and the pub/sub channel that
    /// evicts L1 entries on every instance. Options come from <c>Caching:Redis</c>, validated at start-up.
    /// Start-up never waits for Redis: it connects in the background and reconnects on its own.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Defaults in code; configuration overrides them.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedisDistributedCache(this IServiceCollection services, Action<RedisDistributedCacheOptions>? configure = null)
    {
        var options = services.AddOptions<RedisDistributedCacheOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.BindConfiguration(RedisDistributedCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<IDistributedCache, RedisDistributedCache>();
        services.AddSingleton<ICacheInvalidationBus, RedisInvalidationBus>();
        return services;
    }
}
