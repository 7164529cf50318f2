using Bff.Caching.Policies;

namespace Bff.Caching;

/// <summary>Settings of the BFF cache; bound from the <c>Caching</c> section and validated at start-up.</summary>
public sealed class CachingOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Caching";

    /// <summary>
    /// Prefix of every key in memory and Redis, and of the backplane channel (FusionCache's <c>CacheKeyPrefix</c> and
    /// <c>BackplaneChannelPrefix</c>); instances that share it share entries and evictions.
    /// </summary>
    public string KeyPrefix { get; set; } = "bff";

    /// <summary>
    /// Most entries held in memory (MemoryCache <c>SizeLimit</c>, every entry and every tag entry counting 1). The
    /// product screens' entries cost about 4.5 KB of memory each (bench/results/proof-notes.md): 20,000 of them are
    /// about 90 MB, which a 512 MiB pod holds beside the runtime; everything past it is one Redis read away.
    /// </summary>
    public long L1SizeLimit { get; set; } = 20_000;

    /// <summary>Longest one Redis operation may take before the request carries on without it.</summary>
    public TimeSpan DistributedCacheTimeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long Redis is skipped after it failed (FusionCache's distributed cache and backplane circuit breakers).</summary>
    public TimeSpan CircuitBreakerDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a tag invalidation is remembered; it must outlive every entry (<c>Fresh + Stale</c>).</summary>
    public TimeSpan TagRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The policy of entries whose caller names none, and FusionCache's default entry options.</summary>
    public CachePolicy Defaults { get; set; } = new();

    /// <summary>Named policies, one per kind of entity, e.g. <c>Caching:Policies:product:Fresh</c>.</summary>
    public Dictionary<string, CachePolicy> Policies { get; set; } = new(StringComparer.Ordinal);
}
