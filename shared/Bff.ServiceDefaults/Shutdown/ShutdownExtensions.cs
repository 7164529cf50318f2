using Bff.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Shutdown;

/// <summary>Registration of the graceful shutdown.</summary>
public static class ShutdownExtensions
{
    /// <summary>
    /// On SIGTERM: <c>/health/ready</c> turns 503 (check <c>shutdown</c>), the host keeps serving for
    /// <c>Shutdown:ReadinessDelay</c>, then Kestrel stops accepting and in-flight requests get until
    /// <c>Shutdown:DrainTimeout</c> (from SIGTERM) to finish. Both are validated here, at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddBffShutdown(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new ShutdownOptions();
        builder.Configuration.GetSection(ShutdownOptions.SectionName).Bind(options);
        Validate(options);
        builder.Services.Configure<ShutdownOptions>(builder.Configuration.GetSection(ShutdownOptions.SectionName));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.DrainTimeout);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<ReadinessDelayService>();
        builder.Services.AddHealthChecks().AddCheck<StoppingHealthCheck>("shutdown", tags: [HealthTags.Ready]);
        return builder;
    }

    internal static void Validate(ShutdownOptions options)
    {
        if (options.DrainTimeout <= TimeSpan.Zero || options.DrainTimeout > TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException(
                $"{ShutdownOptions.SectionName}:DrainTimeout must be positive and at most 00:10:00 (got '{options.DrainTimeout}').");
        }

        if (options.ReadinessDelay < TimeSpan.Zero || options.ReadinessDelay >= options.DrainTimeout)
        {
            throw new InvalidOperationException(
                $"{ShutdownOptions.SectionName}:ReadinessDelay must be at least 0 and shorter than {ShutdownOptions.SectionName}:DrainTimeout (got '{options.ReadinessDelay}').");
        }
    }
}
