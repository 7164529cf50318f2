namespace Bff.Resilience;

/// <summary>
/// Thrown by the resilience handler when a backend could not give an answer in time or was not called at all.
/// It derives from <see cref="HttpRequestException"/> so that callers already handling transport failures keep
/// working; a GraphQL layer reads <see cref="Backend"/> into the error's <c>extensions.backend</c>.
/// </summary>
public sealed class BackendUnavailableException : HttpRequestException
{
    /// <summary>Creates the exception for <paramref name="backend"/>.</summary>
    public BackendUnavailableException(string backend, BackendUnavailableReason reason, Exception? innerException = null)
        : base($"Backend '{backend}' is unavailable: {Describe(reason)}.", innerException)
    {
        Backend = backend;
        Reason = reason;
    }

    /// <summary>The backend name the handler was registered with.</summary>
    public string Backend { get; }

    /// <summary>What made the call fail.</summary>
    public BackendUnavailableReason Reason { get; }

    private static string Describe(BackendUnavailableReason reason) => reason switch
    {
        BackendUnavailableReason.CircuitOpen => "the circuit breaker is open",
        BackendUnavailableReason.BulkheadFull => "too many concurrent calls (bulkhead full)",
        BackendUnavailableReason.Timeout => "the call timed out",
        BackendUnavailableReason.DeadlineExceeded => "the request's deadline budget is exhausted",
        _ => reason.ToString(),
    };
}
