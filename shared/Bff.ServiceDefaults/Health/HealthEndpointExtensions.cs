using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bff.ServiceDefaults.Health;

/// <summary>Maps the health endpoints.</summary>
public static class HealthEndpointExtensions
{
    /// <summary>
    /// <c>GET /health/live</c>: checks tagged <see cref="HealthTags.Live"/> (the process only).
    /// <c>GET /health/ready</c>: every check. Both answer JSON; 200 for Healthy and Degraded, 503 for Unhealthy.
    /// Neither is rate limited nor requires a user.
    /// </summary>
    public static IEndpointRouteBuilder MapBffHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Map(endpoints, "/health/live", r => r.Tags.Contains(HealthTags.Live));
        Map(endpoints, "/health/ready", static _ => true);
        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, string pattern, Func<HealthCheckRegistration, bool> predicate) =>
        endpoints.MapHealthChecks(pattern, new HealthCheckOptions
        {
            Predicate = predicate,
            ResponseWriter = HealthJsonWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        })
        .DisableRateLimiting()
        .AllowAnonymous();
}
