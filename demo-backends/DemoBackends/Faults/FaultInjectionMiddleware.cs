namespace DemoBackends.Faults;

/// <summary>Applies the service's realism controls before the endpoint runs; admin and OpenAPI routes are exempt.</summary>
internal sealed class FaultInjectionMiddleware(
    RequestDelegate next, FaultState state, FaultDice dice, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var settings = state.Current;
        if (!settings.IsActive || IsExempt(http.Request.Path))
        {
            await next(http);
            return;
        }

        var delay = settings.LatencyMs + (settings.JitterMs > 0 ? dice.Next(settings.JitterMs + 1) : 0);
        if (delay > 0 && !await DelayAsync(TimeSpan.FromMilliseconds(delay), http))
        {
            return;
        }

        var draw = dice.NextDouble();
        if ((draw -= settings.DropRate) < 0)
        {
            // Resets the TCP connection with no response, as a crashed or overloaded peer would.
            http.Abort();
        }
        else if ((draw -= settings.HangRate) < 0)
        {
            // Never answers: the caller's timeout (or shutdown) ends it.
            await DelayAsync(Timeout.InfiniteTimeSpan, http);
            http.Abort();
        }
        else if ((draw -= settings.RateLimitRate) < 0)
        {
            http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: "Injected rate limit (Faults:RateLimitRate).").ExecuteAsync(http);
        }
        else if (draw - settings.ErrorRate < 0)
        {
            await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Injected failure",
                detail: "Injected server error (Faults:ErrorRate).").ExecuteAsync(http);
        }
        else
        {
            await next(http);
        }
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/admin") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/dev");

    /// <summary>Waits on the injected clock; false when the caller went away or the host is stopping.</summary>
    private async Task<bool> DelayAsync(TimeSpan delay, HttpContext http)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(delay, time, linked.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
