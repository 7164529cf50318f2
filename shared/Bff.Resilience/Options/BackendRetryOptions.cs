namespace Bff.Resilience;

/// <summary>Retry of transient failures (5xx, 408, 429, connection errors, attempt timeouts).</summary>
public sealed class BackendRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retry.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the exponential backoff.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap of any single delay, including one asked for by <c>Retry-After</c>.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Adds jitter to the backoff so that callers do not retry in lock step.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>Honour a <c>Retry-After</c> header on 429 and 503 responses.</summary>
    public bool HonorRetryAfter { get; set; } = true;

    /// <summary>
    /// Deviation from the standard handler, which retries every method: POST and PATCH are retried only when
    /// this is true or when the request carries an <c>Idempotency-Key</c> header.
    /// </summary>
    public bool RetryNonIdempotent { get; set; }
}
