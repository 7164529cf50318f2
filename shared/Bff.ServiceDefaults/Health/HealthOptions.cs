namespace Bff.ServiceDefaults.Health;

/// <summary>Health settings, bound from <c>Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Health";

    /// <summary>How long the Redis ping may take before Redis counts as unreachable (Degraded).</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
