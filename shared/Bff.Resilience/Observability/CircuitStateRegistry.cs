using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bff.Resilience.Pipeline;
using Polly.CircuitBreaker;

namespace Bff.Resilience.Observability;

/// <summary>
/// One <see cref="CircuitBreakerStateProvider"/> per backend, handed to that backend's Polly circuit breaker, so the
/// state read here (for readiness and the <c>resilience.circuit_state</c> gauge) is the breaker's own. The package's
/// meter counts circuit events but has no gauge of the current state, hence the one instrument of meter
/// <see cref="MeterName"/>.
/// </summary>
internal sealed class CircuitStateRegistry : ICircuitStateProvider
{
    public const string MeterName = "Bff.Resilience";

    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> circuits = new(StringComparer.Ordinal);
    private readonly string[] backends;

    public CircuitStateRegistry(IEnumerable<BackendRegistration> registrations, IMeterFactory meterFactory)
    {
        backends = registrations.Select(r => r.Backend).Distinct(StringComparer.Ordinal).ToArray();
        meterFactory.Create(MeterName).CreateObservableGauge(
            "resilience.circuit_state",
            () => backends.Select(b => new Measurement<int>((int)GetStateCore(b), new KeyValuePair<string, object?>("backend", b))),
            description: "Circuit state per backend: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    /// <summary>The state provider of <paramref name="backend"/>'s circuit breaker (a Polly provider serves one breaker).</summary>
    public CircuitBreakerStateProvider For(string backend) => circuits.GetOrAdd(backend, _ => new CircuitBreakerStateProvider());

    public IReadOnlyDictionary<string, BackendCircuitState> GetStates() =>
        backends.ToDictionary(b => b, GetStateCore, StringComparer.Ordinal);

    public BackendCircuitState GetState(string backend) => backends.Contains(backend, StringComparer.Ordinal)
        ? GetStateCore(backend)
        : throw new KeyNotFoundException($"No resilience handler is registered for backend '{backend}'.");

    // A breaker that has not been built yet (no call so far) reads Closed, which is what it will start as.
    private BackendCircuitState GetStateCore(string backend) => For(backend).CircuitState switch
    {
        CircuitState.Open => BackendCircuitState.Open,
        CircuitState.HalfOpen => BackendCircuitState.HalfOpen,
        CircuitState.Isolated => BackendCircuitState.Isolated,
        _ => BackendCircuitState.Closed,
    };
}
