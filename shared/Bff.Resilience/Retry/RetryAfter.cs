using System.Net;

namespace Bff.Resilience.Retry;

/// <summary>Reads the wait a backend asked for on 429 and 503 responses.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// The delay from <c>Retry-After</c> (delta seconds or HTTP date, measured on <paramref name="timeProvider"/>)
    /// capped at <paramref name="maxDelay"/>, or null when the response has none or is not a 429/503.
    /// </summary>
    public static TimeSpan? GetDelay(HttpResponseMessage? response, TimeProvider timeProvider, TimeSpan? maxDelay)
    {
        if (response is not { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable }
            || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        var delay = retryAfter.Delta ?? (retryAfter.Date - timeProvider.GetUtcNow()) ?? TimeSpan.Zero;
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        return maxDelay is { } max && delay > max ? max : delay;
    }
}
