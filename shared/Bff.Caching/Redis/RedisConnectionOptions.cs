using System.ComponentModel.DataAnnotations;

namespace Bff.Caching.Redis;

/// <summary>The process's one Redis connection; bound from <c>Redis</c>.</summary>
public sealed class RedisConnectionOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</summary>
    [Required]
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>How long one connection attempt may take; start-up never fails when it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// True (the default): while no connection is up, commands fail at once instead of queueing until
    /// <see cref="CommandTimeout"/> (StackExchange.Redis's <c>BacklogPolicy.FailFast</c>), so callers such as FusionCache's
    /// circuit breaker see the outage and stop asking. False queues them and replays them on reconnection.
    /// </summary>
    public bool FailFastWhenDisconnected { get; set; } = true;

    /// <summary>Client-side timeout of one Redis command (synchronous and asynchronous).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(1);
}
