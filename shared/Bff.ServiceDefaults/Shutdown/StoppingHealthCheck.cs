using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Shutdown;

/// <summary>Unhealthy from the moment the host starts stopping, so readiness turns 503 before in-flight requests drain.</summary>
internal sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? new HealthCheckResult(context.Registration.FailureStatus, "Shutting down")
            : HealthCheckResult.Healthy("Accepting requests"));
}
