namespace Bff.ServiceDefaults.Correlation;

/// <summary>Reads the correlation id of the current request.</summary>
public interface ICorrelationIdAccessor
{
    /// <summary>The current request's correlation id, or <see langword="null"/> outside a request.</summary>
    string? CorrelationId { get; }
}
