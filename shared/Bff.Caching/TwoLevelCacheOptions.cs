namespace Bff.Caching;

/// <summary>Settings of the two-level cache; bound from the <c>Caching</c> section and validated at start-up.</summary>
public sealed class TwoLevelCacheOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Caching";

    /// <summary>Fresh time of entries whose caller gives none.</summary>
    public TimeSpan DefaultFresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Stale window of entries whose caller gives none.</summary>
    public TimeSpan DefaultStale { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Most entries held in memory; the least recently used are compacted away beyond it.</summary>
    public int L1MaxEntries { get; set; } = 100_000;

    /// <summary>Longest a single L2 operation may take before the request carries on without it.</summary>
    public TimeSpan L2Timeout { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Consecutive L2 failures or timeouts that open the breaker.</summary>
    public int L2BreakerFailureThreshold { get; set; } = 3;

    /// <summary>How long L2 is skipped once the breaker opens, before one probe is let through.</summary>
    public TimeSpan L2BreakDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often a tag's invalidation time is re-read from L2 when entries with that tag come from L2.</summary>
    public TimeSpan TagRecheckInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a tag invalidation is remembered in L2; must outlive every entry.</summary>
    public TimeSpan TagRetention { get; set; } = TimeSpan.FromDays(7);
}
