namespace Bff.Resilience;

/// <summary>Circuit state of every backend registered with a resilience handler.</summary>
public interface ICircuitStateProvider
{
    /// <summary>Backend name to its circuit state, for every registered backend.</summary>
    IReadOnlyDictionary<string, BackendCircuitState> GetStates();

    /// <summary>The circuit state of <paramref name="backend"/>.</summary>
    /// <exception cref="KeyNotFoundException">No resilience handler was registered for <paramref name="backend"/>.</exception>
    BackendCircuitState GetState(string backend);
}
