namespace Bff.Resilience;

/// <summary>
/// Resilience settings of one backend, bound from <c>Resilience:Backends:{backendName}</c> over
/// <c>Resilience:Defaults</c>. The shape follows <c>HttpStandardResilienceOptions</c> so that a later
/// move to <c>Microsoft.Extensions.Http.Resilience</c> is a mechanical change.
/// </summary>
public sealed class BackendResilienceOptions
{
    /// <summary>The configuration section that every backend inherits from.</summary>
    public const string DefaultsSection = "Resilience:Defaults";

    /// <summary>The configuration section prefix for one backend; the backend name follows.</summary>
    public const string BackendsSection = "Resilience:Backends";

    /// <summary>Concurrency limiter (bulkhead) applied before anything else.</summary>
    public BackendBulkheadOptions Bulkhead { get; set; } = new();

    /// <summary>Upper bound for the whole call including every retry; also capped by the request deadline.</summary>
    public TimeSpan TotalRequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retry of transient failures; replaced by <see cref="Hedging"/> when that is enabled.</summary>
    public BackendRetryOptions Retry { get; set; } = new();

    /// <summary>Circuit breaker shared by every call to the backend.</summary>
    public BackendCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Timeout of each single attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Opt-in hedging for read-only backends; only GET and HEAD requests are hedged.</summary>
    public BackendHedgingOptions Hedging { get; set; } = new();
}
