using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Health;

/// <summary>Registration of the default health checks.</summary>
public static class HealthExtensions
{
    private const string RedisCheckName = "redis";
    private const string CircuitsCheckName = "backend-circuits";

    /// <summary>
    /// Adds <c>self</c> (live), <c>redis</c> (ready; AspNetCore.HealthChecks.Redis on the process's one
    /// <see cref="IConnectionMultiplexer"/>, Degraded when unreachable; only when one is registered) and
    /// <c>backend-circuits</c> (ready; only when backends with a resilience handler registered
    /// <see cref="ICircuitStateProvider"/>). Further checks tagged <see cref="HealthTags.Ready"/> join <c>/health/ready</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffHealthChecks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new HealthOptions();
        builder.Configuration.GetSection(HealthOptions.SectionName).Bind(options);
        if (options.RedisTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{HealthOptions.SectionName}:RedisTimeout must be positive.");
        }

        // Degraded, not Unhealthy: the BFF keeps serving from its in-memory cache level while Redis is away, so a Redis
        // outage must not take every instance out of rotation at once.
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy("Process is running"), [HealthTags.Live])
            .AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), RedisCheckName, HealthStatus.Degraded, [HealthTags.Ready], options.RedisTimeout)
            .AddBackendCircuitHealthChecks(CircuitsCheckName, HealthStatus.Degraded, [HealthTags.Ready]);

        // The cache and the backend clients are registered after the service defaults, so whether there is a Redis or
        // any circuit is only known once the container is built: drop the checks then if nothing backs them.
        builder.Services.AddOptions<HealthCheckServiceOptions>().PostConfigure<IServiceProviderIsService>(static (o, services) =>
        {
            RemoveUnless(o, RedisCheckName, services.IsService(typeof(IConnectionMultiplexer)));
            RemoveUnless(o, CircuitsCheckName, services.IsService(typeof(ICircuitStateProvider)));
        });
        return builder;
    }

    private static void RemoveUnless(HealthCheckServiceOptions options, string name, bool keep)
    {
        if (!keep && options.Registrations.FirstOrDefault(r => r.Name == name) is { } registration)
        {
            options.Registrations.Remove(registration);
        }
    }
}
