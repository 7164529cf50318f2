using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.Caching.Redis;

/// <summary>Registration of the one <see cref="IConnectionMultiplexer"/> a process shares.</summary>
public static class RedisConnectionExtensions
{
    /// <summary>
    /// Registers one <see cref="IConnectionMultiplexer"/> for the whole process (cache, backplane, health check and rate
    /// limiter all use it), with options from <c>Redis</c>, validated at start-up. It is made with
    /// <c>abortConnect=false</c>: a Redis that is down at start-up only makes commands fail fast until the multiplexer
    /// reconnects on its own. Calling it again changes nothing but the options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Defaults in code; configuration overrides them.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, Action<RedisConnectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RedisConnectionOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.BindConfiguration(RedisConnectionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<RedisConnectionOptions>>().Value));
        return services;
    }

    private static ConnectionMultiplexer Connect(RedisConnectionOptions options)
    {
        var config = ConfigurationOptions.Parse(options.Configuration);
        config.AbortOnConnectFail = false;
        config.ConnectRetry = 1;
        config.ConnectTimeout = (int)options.ConnectTimeout.TotalMilliseconds;
        config.SyncTimeout = (int)options.CommandTimeout.TotalMilliseconds;
        config.AsyncTimeout = (int)options.CommandTimeout.TotalMilliseconds;
        config.ReconnectRetryPolicy = new LinearRetry(500);
        config.BacklogPolicy = options.FailFastWhenDisconnected ? BacklogPolicy.FailFast : BacklogPolicy.Default;
        return ConnectionMultiplexer.Connect(config);
    }
}
