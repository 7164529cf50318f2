namespace Bff.ServiceDefaults.Health;

/// <summary>Health settings, bound from <c>Health</c>.</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Health";

    /// <summary>
    /// StackExchange.Redis configuration of the Redis to ping; defaults to the cache's <c>Caching:Redis:Configuration</c>.
    /// No Redis check when both are empty.
    /// </summary>
    public string? Redis { get; set; }

    /// <summary>How long the Redis ping may take before Redis counts as unreachable.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
