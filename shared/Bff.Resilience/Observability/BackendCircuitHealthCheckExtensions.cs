using Bff.Resilience.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bff.Resilience;

/// <summary>Registers the backend circuit health check.</summary>
public static class BackendCircuitHealthCheckExtensions
{
    /// <summary>
    /// Adds a health check over every backend with a resilience handler: Healthy when all circuits are closed,
    /// <paramref name="failureStatus"/> when any is open or isolated, Degraded when any is half-open.
    /// Tag it (for example <c>"ready"</c>) to put it on a readiness endpoint.
    /// </summary>
    public static IHealthChecksBuilder AddBackendCircuitHealthChecks(
        this IHealthChecksBuilder builder,
        string name = "backend-circuits",
        HealthStatus failureStatus = HealthStatus.Degraded,
        IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            name, sp => new BackendCircuitHealthCheck(sp.GetRequiredService<ICircuitStateProvider>()), failureStatus, tags));
    }
}
