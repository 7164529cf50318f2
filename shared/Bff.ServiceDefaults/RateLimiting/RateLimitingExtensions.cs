using Bff.ServiceDefaults.ForwardedHeaders;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Registration of the global rate limiter.</summary>
public static class RateLimitingExtensions
{
    /// <summary>
    /// A global limiter (section <c>RateLimiting</c>): every anonymous request counts against its IP, and a request's own
    /// bucket is its user (<c>sub</c>) or its client id header together with its IP. When the process has an
    /// <see cref="IConnectionMultiplexer"/> (and <c>RateLimiting:Redis:Enabled</c> is not false), counts are kept in
    /// Redis and shared by every instance, falling back to in-process limits while Redis is unreachable. The IP is the
    /// caller's when <c>ForwardedHeaders</c> names the proxies. Rejections are 429 with <c>Retry-After</c>.
    /// Endpoints opt out with <c>DisableRateLimiting()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffRateLimiting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddBffForwardedHeaders();
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>());
        builder.Services.TryAddSingleton<PartitionResolver>();
        builder.Services.TryAddSingleton(CreateLimiter);
        builder.Services.AddRateLimiter(static _ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider, IOptions<RateLimitingOptions>>(static (o, services, settings) =>
        {
            if (settings.Value.Enabled)
            {
                o.GlobalLimiter = services.GetRequiredService<BffRateLimiter>();
            }

            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    private static BffRateLimiter CreateLimiter(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var resolver = services.GetRequiredService<PartitionResolver>();
        var multiplexer = options.Redis.Enabled ? services.GetService<IConnectionMultiplexer>() : null;
        var redis = multiplexer is null ? null : new RateLimiterChain(resolver, new RedisPartitions(multiplexer, options.Redis.KeyPrefix).Create);
        return new BffRateLimiter(
            new RateLimiterChain(resolver, LocalPartitions.Create),
            redis,
            multiplexer,
            options.Redis,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<BffRateLimiter>>());
    }
}
