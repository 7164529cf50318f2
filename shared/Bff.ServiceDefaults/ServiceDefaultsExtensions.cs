using Bff.Caching.Redis;
using Bff.Resilience;
using Bff.ServiceDefaults.Auth;
using Bff.ServiceDefaults.Correlation;
using Bff.ServiceDefaults.Health;
using Bff.ServiceDefaults.Logging;
using Bff.ServiceDefaults.RateLimiting;
using Bff.ServiceDefaults.Shutdown;
using Bff.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults;

/// <summary>The cross-cutting setup every BFF shares: logging, telemetry, health, authentication and rate limiting.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Configuration key of the per-request deadline (a positive <see cref="TimeSpan"/>; default <c>00:00:10</c>).</summary>
    public const string RequestBudgetKey = RequestBudgetOptions.Key;

    /// <summary>
    /// Registers Serilog (<c>Serilog</c>), OpenTelemetry (<c>Telemetry</c>, <c>OTEL_*</c>), the process's one Redis
    /// connection when <c>Redis:Configuration</c> is set, health checks (<c>Health</c>), graceful shutdown (<c>Shutdown</c>), JWT bearer validation
    /// (<c>Auth:Jwt</c>), forwarded headers (<c>ForwardedHeaders</c>), the rate limiter (<c>RateLimiting</c>) and the
    /// request budget (<c>Resilience:RequestBudget</c>); all options are validated at start-up.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        RetiredKeys.ThrowIfSet(builder.Configuration);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{RedisConnectionOptions.SectionName}:Configuration"]))
        {
            // The same registration the cache makes; whichever comes first, there is one multiplexer.
            builder.Services.AddRedisConnection();
        }

        builder.AddBffLogging();
        builder.AddBffTelemetry();
        builder.AddBffHealthChecks();
        builder.AddBffShutdown();
        builder.AddBffAuthentication();
        builder.AddBffRateLimiting();
        RequestBudgetOptions.Register(builder.Services);
        return builder;
    }

    /// <summary>
    /// Adds the middleware in order: forwarded headers from known proxies, correlation id, request logging,
    /// authentication (an invalid token is a 401), rate limiting, authorization, the request deadline, and the GraphQL
    /// operation span. Call it before mapping endpoints.
    /// </summary>
    public static IApplicationBuilder UseServiceDefaults(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.ApplicationServices;
        app.UseForwardedHeaders();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseBffRequestLogging();
        app.UseAuthentication();
        app.UseMiddleware<InvalidTokenMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestDeadline(services.GetRequiredService<IOptions<RequestBudgetOptions>>().Value.RequestBudget);
        var telemetry = services.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        app.UseMiddleware<GraphQLSpanMiddleware>(new PathString(telemetry.GraphQLPath));
        return app;
    }

    /// <summary>Maps <c>/health/live</c> and <c>/health/ready</c>.</summary>
    public static TEndpoints MapDefaultEndpoints<TEndpoints>(this TEndpoints endpoints)
        where TEndpoints : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapBffHealthEndpoints();
        return endpoints;
    }
}
