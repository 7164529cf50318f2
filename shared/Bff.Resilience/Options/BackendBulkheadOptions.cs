namespace Bff.Resilience;

/// <summary>Concurrency limiter (bulkhead) of one backend.</summary>
public sealed class BackendBulkheadOptions
{
    /// <summary>Calls allowed in flight at once.</summary>
    public int MaxConcurrency { get; set; } = 100;

    /// <summary>Calls allowed to wait for a slot; beyond this a call is rejected at once.</summary>
    public int QueueLimit { get; set; } = 50;
}
