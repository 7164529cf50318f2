using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience;

/// <summary>Registers the request deadline middleware.</summary>
public static class RequestDeadlineApplicationBuilderExtensions
{
    /// <summary>
    /// Gives every request a deadline of <paramref name="budget"/> (or less, when the caller sends
    /// <c>X-Request-Timeout</c> in seconds). Backend calls made through a handler added with
    /// <see cref="BackendResilienceExtensions.AddBackendResilienceHandler"/> never outlive it.
    /// </summary>
    public static IApplicationBuilder UseRequestDeadline(this IApplicationBuilder app, TimeSpan budget)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        var timeProvider = app.ApplicationServices.GetService<TimeProvider>() ?? TimeProvider.System;
        return app.UseMiddleware<RequestDeadlineMiddleware>(budget, timeProvider);
    }
}
