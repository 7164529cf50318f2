namespace Bff.ServiceDefaults.RateLimiting;

/// <summary>Rate limits per caller, bound from <c>RateLimiting</c>.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "RateLimiting";

    /// <summary>Turns the global limiter off (for example in load tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Header naming the calling application (for example an app build); callers without a user are limited by it.</summary>
    public string ClientIdHeader { get; set; } = "X-Client-Id";

    /// <summary>Limit per authenticated user (the token's <c>sub</c>).</summary>
    public PartitionLimitOptions User { get; set; } = new() { PermitLimit = 300 };

    /// <summary>Limit per client id, for anonymous callers that send one; shared by every caller with that id.</summary>
    public PartitionLimitOptions Client { get; set; } = new() { PermitLimit = 1_000 };

    /// <summary>Limit per remote IP address, for anonymous callers without a client id.</summary>
    public PartitionLimitOptions Ip { get; set; } = new() { PermitLimit = 120 };

    /// <summary>Redis-backed limits, shared by every instance.</summary>
    public RedisRateLimitingOptions Redis { get; set; } = new();
}

/// <summary>The limit of one kind of partition.</summary>
public sealed class PartitionLimitOptions
{
    /// <summary>In-process algorithm; the Redis-backed limiter always counts fixed windows.</summary>
    public RateLimitAlgorithm Algorithm { get; set; } = RateLimitAlgorithm.FixedWindow;

    /// <summary>Requests allowed per window (fixed window), or bucket size and refill per window (token bucket).</summary>
    public int PermitLimit { get; set; } = 100;

    /// <summary>Window length, or the token bucket's refill period.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Algorithms of the in-process limiter.</summary>
public enum RateLimitAlgorithm
{
    /// <summary><c>PermitLimit</c> requests per <c>Window</c>, reset at the end of each window.</summary>
    FixedWindow,

    /// <summary>A bucket of <c>PermitLimit</c> tokens refilled by <c>PermitLimit</c> every <c>Window</c>.</summary>
    TokenBucket,
}

/// <summary>Settings of the Redis-backed limiter.</summary>
public sealed class RedisRateLimitingOptions
{
    /// <summary>StackExchange.Redis configuration; empty keeps limits in process (per instance).</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of the counters' keys.</summary>
    public string KeyPrefix { get; set; } = "bff:ratelimit:";

    /// <summary>How long one Redis round trip may take before the in-process limiter decides instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>After a Redis failure, how long the in-process limiter decides alone before Redis is tried again.</summary>
    public TimeSpan RetryAfterFailure { get; set; } = TimeSpan.FromSeconds(5);
}
