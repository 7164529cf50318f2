using Bff.ServiceDefaults.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Registration of the global rate limiter.</summary>
public static class RateLimitingExtensions
{
    /// <summary>
    /// A global limiter partitioned by user (<c>sub</c>), else client id header, else remote IP, with limits per kind
    /// (section <c>RateLimiting</c>). With <c>RateLimiting:Redis:Configuration</c> set, counts are kept in Redis and
    /// shared by every instance, falling back to the in-process limiter while Redis is unreachable.
    /// Rejections are 429 with <c>Retry-After</c>. Endpoints opt out with <c>DisableRateLimiting()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffRateLimiting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RedisConnections>();
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.SectionName).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>());
        builder.Services.TryAddSingleton<PartitionResolver>();
        builder.Services.TryAddSingleton(CreateLimiter);
        builder.Services.AddRateLimiter(static _ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<GlobalRateLimiter, IOptions<RateLimitingOptions>>(static (o, limiter, settings) =>
        {
            if (settings.Value.Enabled)
            {
                o.GlobalLimiter = limiter.Limiter;
            }

            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RateLimitRejection.WriteAsync;
        });
        return builder;
    }

    private static GlobalRateLimiter CreateLimiter(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        var resolver = services.GetRequiredService<PartitionResolver>();
        var local = LocalRateLimiter.Create(resolver);
        var ipGuard = LocalRateLimiter.CreateAnonymousIpGuard(resolver);
        if (string.IsNullOrWhiteSpace(options.Redis.Configuration))
        {
            return new GlobalRateLimiter(local, ipGuard);
        }

        var counter = new RedisWindowCounter(services.GetRequiredService<RedisConnections>(), options.Redis.Configuration, options.Redis.KeyPrefix);
        return new GlobalRateLimiter(new DistributedRateLimiter(
            local, counter, resolver, options.Redis, services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<DistributedRateLimiter>>()), ipGuard);
    }
}
