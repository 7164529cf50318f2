using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Bff.Resilience.Observability;

/// <summary>Counters of meter <c>Bff.Resilience</c>, each tagged with <c>backend</c>.</summary>
internal sealed class ResilienceMetrics
{
    public const string MeterName = "Bff.Resilience";

    private readonly Counter<long> retries;
    private readonly Counter<long> circuitOpened;
    private readonly Counter<long> rejections;
    private readonly Counter<long> timeouts;
    private readonly Counter<long> hedges;
    private readonly ConcurrentDictionary<string, Func<BackendCircuitState>> circuits = new(StringComparer.Ordinal);

    public ResilienceMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        retries = meter.CreateCounter<long>("resilience.retries", "{retry}", "Retries of backend calls.");
        circuitOpened = meter.CreateCounter<long>("resilience.circuit_opened", "{event}", "Times a backend circuit opened.");
        rejections = meter.CreateCounter<long>(
            "resilience.rejections", "{call}", "Backend calls refused without a response (tag reason).");
        timeouts = meter.CreateCounter<long>("resilience.timeouts", "{timeout}", "Attempt and total timeouts (tag kind).");
        hedges = meter.CreateCounter<long>("resilience.hedges", "{attempt}", "Hedged attempts launched.");
        meter.CreateObservableGauge(
            "resilience.circuit_state",
            () => circuits.Select(c => new Measurement<int>((int)c.Value(), Backend(c.Key))),
            description: "Circuit state per backend: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    /// <summary>Reports <paramref name="state"/> in the circuit state gauge from now on.</summary>
    public void TrackCircuit(string backend, Func<BackendCircuitState> state) => circuits[backend] = state;

    public void Retry(string backend) => retries.Add(1, Backend(backend));

    public void CircuitOpened(string backend) => circuitOpened.Add(1, Backend(backend));

    public void Hedge(string backend) => hedges.Add(1, Backend(backend));

    public void Rejected(string backend, BackendUnavailableReason reason) =>
        rejections.Add(1, Backend(backend), new("reason", reason.ToString()));

    public void Timeout(string backend, string? kind) => timeouts.Add(1, Backend(backend), new("kind", kind));

    private static KeyValuePair<string, object?> Backend(string backend) => new("backend", backend);
}
