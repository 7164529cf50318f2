using System.ComponentModel.DataAnnotations;

namespace Bff.Caching.Redis;

/// <summary>Connection settings for <see cref="RedisDistributedCache"/>; bound from <c>Caching:Redis</c>.</summary>
public sealed class RedisDistributedCacheOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Caching:Redis";

    /// <summary>StackExchange.Redis configuration string, for example <c>localhost:6379</c>.</summary>
    [Required]
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>Prefix of every key this cache writes, so several applications can share one Redis.</summary>
    [Required]
    public string InstanceName { get; set; } = "bff:";

    /// <summary>How long one connection attempt may take; start-up never fails when it runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Client-side timeout of one Redis command. The two-level cache gives up sooner (its <c>L2Timeout</c>);
    /// this bounds direct <c>IDistributedCache</c> use and synchronous calls.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Pub/sub channel that carries L1 evictions between instances.</summary>
    [Required]
    public string InvalidationChannel { get; set; } = "bff-cache:invalidations";
}
