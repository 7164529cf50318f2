using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Bff.Resilience;

/// <summary>
/// Starts a <see cref="RequestDeadline"/> for each incoming request and stores it as a request feature. A caller
/// may ask for a shorter budget with <c>X-Request-Timeout</c> (seconds); it can never extend the configured one.
/// </summary>
internal sealed class RequestDeadlineMiddleware(RequestDelegate next, TimeSpan budget, TimeProvider timeProvider)
{
    internal const string HeaderName = "X-Request-Timeout";

    public Task InvokeAsync(HttpContext context)
    {
        var requested = ParseHeader(context.Request.Headers[HeaderName]);
        var effective = requested is { } asked && asked < budget ? asked : budget;
        context.Features.Set(RequestDeadline.Start(effective, timeProvider));
        return next(context);
    }

    internal static TimeSpan? ParseHeader(string? value)
    {
        // Invalid or non-positive values are ignored rather than rejected: the header is a hint from the caller.
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            && seconds > 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return null;
    }
}
