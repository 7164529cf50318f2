namespace Bff.Resilience;

/// <summary>State of a backend's circuit breaker.</summary>
public enum BackendCircuitState
{
    /// <summary>Calls flow normally.</summary>
    Closed,

    /// <summary>Calls are refused until the break duration elapses.</summary>
    Open,

    /// <summary>A trial call decides whether the circuit closes again.</summary>
    HalfOpen,

    /// <summary>Held open by hand until released.</summary>
    Isolated,
}
