using Microsoft.Extensions.Http.Resilience;

namespace Bff.Resilience;

/// <summary>
/// The package's <see cref="HttpRetryStrategyOptions"/> (exponential backoff with jitter, transient failures only) with
/// our defaults (<c>Delay</c> 200 ms, <c>MaxDelay</c> 5 s) and one addition. The handler sets
/// <c>ShouldHandle</c> and <c>DelayGenerator</c>: writes are not resent unless allowed, a <c>Retry-After</c> the
/// request's deadline cannot wait for ends the retries, and <c>Retry-After</c> is read on 429 and 503 only, capped at
/// <c>MaxDelay</c>, against the injected clock.
/// </summary>
public sealed class BackendRetryOptions : HttpRetryStrategyOptions
{
    /// <summary>Creates the options with the BFF's defaults.</summary>
    public BackendRetryOptions()
    {
        Name = "Retry";
        Delay = TimeSpan.FromMilliseconds(200);
        MaxDelay = TimeSpan.FromSeconds(5);
    }

    /// <summary>
    /// Deviation from the standard handler, which retries every method: POST and PATCH are retried only when
    /// this is true or when the request carries an <c>Idempotency-Key</c> header.
    /// </summary>
    public bool RetryNonIdempotent { get; set; }
}
