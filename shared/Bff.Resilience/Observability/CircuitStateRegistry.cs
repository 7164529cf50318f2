using Bff.Resilience.Pipeline;

namespace Bff.Resilience.Observability;

/// <summary>Reads circuit state straight from each backend's pipeline, so it can never drift from it.</summary>
internal sealed class CircuitStateRegistry(BackendPipelineRegistry pipelines, IEnumerable<BackendRegistration> registrations)
    : ICircuitStateProvider
{
    private readonly string[] backends = registrations.Select(r => r.Backend).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyDictionary<string, BackendCircuitState> GetStates() =>
        backends.ToDictionary(b => b, GetStateCore, StringComparer.Ordinal);

    public BackendCircuitState GetState(string backend) => backends.Contains(backend, StringComparer.Ordinal)
        ? GetStateCore(backend)
        : throw new KeyNotFoundException($"No resilience handler is registered for backend '{backend}'.");

    private BackendCircuitState GetStateCore(string backend) => pipelines.Get(backend).State;
}
