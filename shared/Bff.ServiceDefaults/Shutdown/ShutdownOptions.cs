namespace Bff.ServiceDefaults.Shutdown;

/// <summary>Graceful shutdown settings, bound from <c>Shutdown</c>.</summary>
public sealed class ShutdownOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Shutdown";

    /// <summary>
    /// How long in-flight requests may take to finish after SIGTERM before the host gives up on them
    /// (<c>HostOptions.ShutdownTimeout</c>); the readiness delay counts against it. Keep it below Kubernetes'
    /// <c>terminationGracePeriodSeconds</c> less the <c>preStop</c> sleep. Default 30 s.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the BFF keeps accepting requests after SIGTERM while <c>/health/ready</c> already answers 503, so a load
    /// balancer that polls readiness stops sending before the listener closes. Default 0: in Kubernetes the
    /// <c>preStop</c> sleep does this job.
    /// </summary>
    public TimeSpan ReadinessDelay { get; set; } = TimeSpan.Zero;
}
