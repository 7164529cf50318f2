using System.Threading.RateLimiting;
using Polly;
using Polly.CircuitBreaker;

namespace Bff.Resilience.Pipeline;

/// <summary>
/// The one pipeline of a backend, shared by every handler instance the HTTP client factory creates, so that
/// circuit state and bulkhead slots outlive handler rotation.
/// </summary>
internal sealed class BackendPipeline(
    string backend,
    ResiliencePipeline<HttpResponseMessage> pipeline,
    IReadOnlyList<string> strategies,
    CircuitBreakerStateProvider circuit,
    CircuitBreakerManualControl circuitControl,
    ConcurrencyLimiter limiter) : IDisposable
{
    public string Backend { get; } = backend;

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; } = pipeline;

    /// <summary>Strategy names from outermost to innermost; lets tests assert the composition.</summary>
    public IReadOnlyList<string> Strategies { get; } = strategies;

    public CircuitBreakerStateProvider Circuit { get; } = circuit;

    public CircuitBreakerManualControl CircuitControl { get; } = circuitControl;

    public BackendCircuitState State => Circuit.CircuitState switch
    {
        CircuitState.Open => BackendCircuitState.Open,
        CircuitState.HalfOpen => BackendCircuitState.HalfOpen,
        CircuitState.Isolated => BackendCircuitState.Isolated,
        _ => BackendCircuitState.Closed,
    };

    public void Dispose() => limiter.Dispose();
}
