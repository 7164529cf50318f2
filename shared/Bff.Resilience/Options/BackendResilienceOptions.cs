using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;

namespace Bff.Resilience;

/// <summary>
/// Resilience settings of one backend, bound from <c>Resilience:Backends:{backendName}</c> over
/// <c>Resilience:Defaults</c>. The members are the package's own strategy options, named as in
/// <see cref="HttpStandardResilienceOptions"/>, so every key the package documents (for example
/// <c>Retry:MaxRetryAttempts</c> or <c>AttemptTimeout:Timeout</c>) works here; only <see cref="Hedging"/> and
/// <see cref="BackendRetryOptions.RetryNonIdempotent"/> are ours.
/// </summary>
public sealed class BackendResilienceOptions
{
    /// <summary>The configuration section that every backend inherits from.</summary>
    public const string DefaultsSection = "Resilience:Defaults";

    /// <summary>The configuration section prefix for one backend; the backend name follows.</summary>
    public const string BackendsSection = "Resilience:Backends";

    /// <summary>
    /// The bulkhead: a concurrency limiter (<c>RateLimiter:DefaultRateLimiterOptions:PermitLimit</c>, default 100, and
    /// <c>QueueLimit</c>, default 50). Time spent in its queue counts against the request's deadline.
    /// </summary>
    public HttpRateLimiterStrategyOptions RateLimiter { get; set; } = new()
    {
        Name = "RateLimiter",
        DefaultRateLimiterOptions = new ConcurrencyLimiterOptions { PermitLimit = 100, QueueLimit = 50 },
    };

    /// <summary>Upper bound for the whole call including every retry (<c>TotalRequestTimeout:Timeout</c>, default 30 s).</summary>
    public HttpTimeoutStrategyOptions TotalRequestTimeout { get; set; } = new() { Name = "TotalRequestTimeout", Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Retry of transient failures; left out when <see cref="Hedging"/> is enabled or no retry is allowed.</summary>
    public BackendRetryOptions Retry { get; set; } = new();

    /// <summary>Circuit breaker shared by every call to the backend (the package's defaults).</summary>
    public HttpCircuitBreakerStrategyOptions CircuitBreaker { get; set; } = new() { Name = "CircuitBreaker" };

    /// <summary>Timeout of each single attempt (<c>AttemptTimeout:Timeout</c>, default 10 s).</summary>
    public HttpTimeoutStrategyOptions AttemptTimeout { get; set; } = new() { Name = "AttemptTimeout", Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Opt-in hedging for read-only backends; only GET and HEAD requests are hedged.</summary>
    public BackendHedgingOptions Hedging { get; set; } = new();
}
