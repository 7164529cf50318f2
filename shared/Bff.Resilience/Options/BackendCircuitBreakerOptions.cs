namespace Bff.Resilience;

/// <summary>Circuit breaker of one backend.</summary>
public sealed class BackendCircuitBreakerOptions
{
    /// <summary>Share of handled failures within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.1;

    /// <summary>Calls needed within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumThroughput { get; set; } = 100;

    /// <summary>Window over which the failure ratio is measured.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
