using Bff.ServiceDefaults.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bff.ServiceDefaults.Health;

/// <summary>
/// Pings the cache's Redis. Unreachable is reported with the registration's failure status, Degraded by default:
/// the BFF keeps serving from its in-memory cache, so a Redis outage must not take instances out of rotation.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnections connections, string configuration, TimeSpan timeout, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        try
        {
            var database = await connections.GetDatabaseAsync(configuration).WaitAsync(timeout, time, cancellationToken);
            var latency = await database.PingAsync().WaitAsync(timeout, time, cancellationToken);
            return HealthCheckResult.Healthy(
                "Redis reachable",
                new Dictionary<string, object> { ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 2) });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var waited = time.GetElapsedTime(started).TotalMilliseconds;
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"Redis unreachable after {waited:0} ms; serving from the in-memory cache only",
                ex);
        }
    }
}
