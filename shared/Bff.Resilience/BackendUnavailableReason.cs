namespace Bff.Resilience;

/// <summary>Why the resilience handler gave up on a backend call without a response.</summary>
public enum BackendUnavailableReason
{
    /// <summary>The circuit breaker is open or isolated; the backend was not called.</summary>
    CircuitOpen,

    /// <summary>The backend's concurrency limiter and its queue were full; the backend was not called.</summary>
    BulkheadFull,

    /// <summary>The attempt or total timeout of the backend elapsed.</summary>
    Timeout,

    /// <summary>The GraphQL request's deadline budget ran out before or during the call.</summary>
    DeadlineExceeded,
}
