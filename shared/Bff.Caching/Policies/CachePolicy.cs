using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Policies;

/// <summary>
/// How one kind of entity is cached, bound from <c>Caching:Defaults</c> or <c>Caching:Policies:{name}</c> and turned
/// into FusionCache's <see cref="FusionCacheEntryOptions"/>. It names what the BFF means (fresh time, stale window);
/// everything else is FusionCache's own option under its own name.
/// </summary>
public sealed class CachePolicy
{
    /// <summary>How long a value is served without calling the backend (FusionCache's <c>Duration</c>).</summary>
    public TimeSpan Fresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long after <see cref="Fresh"/> a value may still be served, flagged stale, when the backend fails or is slower
    /// than <see cref="FactorySoftTimeout"/> (fail-safe up to <c>Fresh + Stale</c>). Zero turns fail-safe off.
    /// </summary>
    public TimeSpan Stale { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction of <see cref="Fresh"/> after which a read refreshes in the background (eager refresh); null turns it off.</summary>
    public float? EagerRefreshThreshold { get; set; } = 0.9f;

    /// <summary>How long a read with a stale value waits for the backend before it returns the stale value; the call completes in the background.</summary>
    public TimeSpan FactorySoftTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest a read waits for the backend, stale value or not.</summary>
    public TimeSpan FactoryHardTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a backend failure, how long the stale value is served before the backend is tried again.</summary>
    public TimeSpan FailSafeThrottle { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// True: entries live in Redis only, never in this instance's memory (FusionCache's <c>SkipMemoryCacheRead</c>/<c>Write</c>),
    /// e.g. for large private data that every instance would otherwise copy.
    /// </summary>
    public bool SkipMemory { get; set; }

    /// <summary>
    /// True: writes to Redis and backplane messages run in the background (FusionCache's
    /// <c>AllowBackgroundDistributedCacheOperations</c>), so a dead or slow Redis never delays a response; other
    /// instances see the value a moment later. False (the default): a write completes when Redis has it, and the
    /// first write after Redis died waits up to <c>Redis:CommandTimeout</c> before the circuit breaker skips Redis.
    /// </summary>
    public bool BackgroundDistributedWrites { get; set; }

    /// <summary>FusionCache entry options for this policy, every entry counting 1 towards <c>Caching:L1SizeLimit</c>.</summary>
    /// <param name="distributedCacheTimeout">Longest one Redis operation may take (<c>Caching:DistributedCacheTimeout</c>).</param>
    /// <returns>New options; callers may change their copy.</returns>
    public FusionCacheEntryOptions ToEntryOptions(TimeSpan distributedCacheTimeout)
    {
        var failSafe = Stale > TimeSpan.Zero;
        return new FusionCacheEntryOptions
        {
            Duration = Fresh,
            Size = 1,
            IsFailSafeEnabled = failSafe,
            FailSafeMaxDuration = Fresh + Stale,
            FailSafeThrottleDuration = failSafe && FailSafeThrottle > Stale ? Stale : FailSafeThrottle,
            EagerRefreshThreshold = EagerRefreshThreshold,
            FactorySoftTimeout = failSafe ? FactorySoftTimeout : Timeout.InfiniteTimeSpan,
            FactoryHardTimeout = FactoryHardTimeout,
            AllowTimedOutFactoryBackgroundCompletion = true,
            DistributedCacheHardTimeout = distributedCacheTimeout,
            AllowBackgroundDistributedCacheOperations = BackgroundDistributedWrites,
            // An entry Redis holds in another shape (another version of the type, foreign bytes) is a miss, not an error.
            ReThrowSerializationExceptions = false,
            SkipMemoryCacheRead = SkipMemory,
            SkipMemoryCacheWrite = SkipMemory,
        };
    }
}
