using Bff.Resilience;
using Bff.ServiceDefaults.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Health;

/// <summary>Registration of the default health checks.</summary>
public static class HealthExtensions
{
    private const string CircuitsCheckName = "backend-circuits";

    /// <summary>
    /// Adds <c>self</c> (live), <c>redis</c> (ready, Degraded when unreachable; only when a Redis is configured, see
    /// <see cref="HealthOptions.Redis"/>) and <c>backend-circuits</c> (ready; only when backends with a resilience
    /// handler registered <see cref="ICircuitStateProvider"/>). Further checks tagged <see cref="HealthTags.Ready"/> join
    /// <c>/health/ready</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffHealthChecks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new HealthOptions();
        builder.Configuration.GetSection(HealthOptions.SectionName).Bind(options);
        var redis = options.Redis is { Length: > 0 } r ? r : builder.Configuration["Caching:Redis:Configuration"];
        if (options.RedisTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{HealthOptions.SectionName}:RedisTimeout must be positive.");
        }

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<RedisConnections>();
        var checks = builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy("Process is running"), [HealthTags.Live]);
        if (!string.IsNullOrWhiteSpace(redis))
        {
            checks.Add(new HealthCheckRegistration(
                "redis",
                sp => new RedisHealthCheck(sp.GetRequiredService<RedisConnections>(), redis, options.RedisTimeout, sp.GetRequiredService<TimeProvider>()),
                HealthStatus.Degraded,
                [HealthTags.Ready]));
        }

        // Backend clients are registered after the service defaults, so whether circuits exist is only known once the
        // container is built: register the check now and drop it then if no resilience handler was ever added.
        checks.AddBackendCircuitHealthChecks(CircuitsCheckName, HealthStatus.Degraded, [HealthTags.Ready]);
        builder.Services.AddOptions<HealthCheckServiceOptions>().PostConfigure<IServiceProviderIsService>(static (o, services) =>
        {
            if (!services.IsService(typeof(ICircuitStateProvider)))
            {
                var circuits = o.Registrations.FirstOrDefault(r => r.Name == CircuitsCheckName);
                if (circuits is not null)
                {
                    o.Registrations.Remove(circuits);
                }
            }
        });
        return builder;
    }
}
