using System.Globalization;
using Bff.Resilience;
using Bff.ServiceDefaults.Auth;
using Bff.ServiceDefaults.Correlation;
using Bff.ServiceDefaults.Health;
using Bff.ServiceDefaults.Logging;
using Bff.ServiceDefaults.RateLimiting;
using Bff.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults;

/// <summary>The cross-cutting setup every BFF shares: logging, telemetry, health, authentication and rate limiting.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Configuration key of the optional per-request deadline (a <see cref="TimeSpan"/>, e.g. <c>00:00:10</c>).</summary>
    public const string RequestBudgetKey = "Resilience:RequestBudget";

    /// <summary>
    /// Registers Serilog (<c>Serilog</c>), OpenTelemetry (<c>Telemetry</c>, <c>OTEL_*</c>), health checks (<c>Health</c>),
    /// JWT bearer validation (<c>Auth:Jwt</c>) and the rate limiter (<c>RateLimiting</c>); all options are validated at start-up.
    /// </summary>
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBffLogging();
        builder.AddBffTelemetry();
        builder.AddBffHealthChecks();
        builder.AddBffAuthentication();
        builder.AddBffRateLimiting();
        return builder;
    }

    /// <summary>
    /// Adds the middleware in order: correlation id, request logging, authentication (an invalid token is a 401),
    /// rate limiting, authorization, the request deadline when <see cref="RequestBudgetKey"/> is set, and the GraphQL
    /// operation span. Call it before mapping endpoints.
    /// </summary>
    public static IApplicationBuilder UseServiceDefaults(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseAuthentication();
        app.UseMiddleware<InvalidTokenMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
        if (RequestBudget(app.ApplicationServices.GetRequiredService<IConfiguration>()) is { } budget)
        {
            app.UseRequestDeadline(budget);
        }

        var telemetry = app.ApplicationServices.GetRequiredService<IOptions<TelemetryOptions>>().Value;
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

    private static TimeSpan? RequestBudget(IConfiguration configuration)
    {
        var value = configuration[RequestBudgetKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var budget) && budget > TimeSpan.Zero
            ? budget
            : throw new InvalidOperationException($"{RequestBudgetKey} must be a positive time span such as 00:00:10; got '{value}'.");
    }
}
