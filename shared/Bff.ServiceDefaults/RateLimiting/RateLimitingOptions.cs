namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Rate limits per caller, bound from <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>Turns the global limiter off (for example in load tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Header naming the calling application (for example an app build); it splits an IP's anonymous traffic per application.</summary>
    public string ClientIdHeader { get; set; } = "X-Client-Id";

    /// <summary>Limit per authenticated user (the token's <c>sub</c>).</summary>
    public PartitionLimitOptions User { get; set; } = new() { PermitLimit = 300 };

    /// <summary>
    /// Limit per client id and IP, for anonymous callers that send one, within their IP's limit: one application on an
    /// address shared by many (a carrier NAT) cannot take the whole of that address's budget.
    /// </summary>
    public PartitionLimitOptions Client { get; set; } = new() { PermitLimit = 60 };

    /// <summary>Limit per remote IP address (after forwarded headers), for every anonymous request.</summary>
    public PartitionLimitOptions Ip { get; set; } = new() { PermitLimit = 120 };

    /// <summary>Redis-backed limits, shared by every instance.</summary>
    public RedisRateLimitingOptions Redis { get; set; } = new();
}

/// <summary>The limit of one kind of partition.</summary>
public sealed class PartitionLimitOptions
{
    /// <summary>Algorithm, the same in Redis and in process.</summary>
    public RateLimitAlgorithm Algorithm { get; set; } = RateLimitAlgorithm.FixedWindow;

    /// <summary>Requests allowed per window (fixed window), or bucket size and refill per window (token bucket).</summary>
    public int PermitLimit { get; set; } = 100;

    /// <summary>Window length, or the token bucket's refill period; whole seconds (Redis windows are counted in seconds).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Algorithms of the limiter.</summary>
public enum RateLimitAlgorithm
{
    /// <summary><c>PermitLimit</c> requests per <c>Window</c>, reset at the end of each window.</summary>
    FixedWindow,

    /// <summary>A bucket of <c>PermitLimit</c> tokens refilled by <c>PermitLimit</c> every <c>Window</c>.</summary>
    TokenBucket,
}

/// <summary>Settings of the Redis-backed limiter; it runs on the process's one <c>IConnectionMultiplexer</c> (<c>Redis:Configuration</c>).</summary>
public sealed class RedisRateLimitingOptions
{
    /// <summary>Count in Redis when the process has a Redis connection; false keeps limits per instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Prefix of the counters' keys.</summary>
    public string KeyPrefix { get; set; } = "bff:ratelimit:";

    /// <summary>How long one Redis round trip may take before the in-process limiter decides instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>After a Redis failure, how long the in-process limiter decides alone before Redis is tried again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(5);
}
