using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bff.Resilience.Observability;

/// <summary>
/// Healthy while every circuit is closed; a half-open circuit is Degraded, an open or isolated one reports the
/// registration's failure status (Degraded by default: a BFF still serves partial data without that backend).
/// </summary>
internal sealed class BackendCircuitHealthCheck(ICircuitStateProvider circuits) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var states = circuits.GetStates();
        var data = states.ToDictionary(s => s.Key, s => (object)s.Value.ToString());
        var broken = states.Where(s => s.Value is BackendCircuitState.Open or BackendCircuitState.Isolated).Select(s => s.Key).ToList();
        if (broken.Count > 0)
        {
            return Task.FromResult(new HealthCheckResult(
                context.Registration.FailureStatus, $"Open circuits: {string.Join(", ", broken)}", data: data));
        }

        var recovering = states.Where(s => s.Value == BackendCircuitState.HalfOpen).Select(s => s.Key).ToList();
        return Task.FromResult(recovering.Count > 0
            ? HealthCheckResult.Degraded($"Half-open circuits: {string.Join(", ", recovering)}", data: data)
            : HealthCheckResult.Healthy("All backend circuits closed", data));
    }
}
