using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching;

/// <summary>How long one entry is fresh, how long after that it may be served stale, and which levels it uses.</summary>
public sealed record CacheEntryPolicy
{
    /// <summary>How long the value is served without calling the backend.</summary>
    public required TimeSpan Fresh { get; init; }

    /// <summary>
    /// How long after <see cref="Fresh"/> the value may still be served, flagged stale: while a refresh
    /// runs (stale-while-revalidate) or when the backend fails (stale-if-error).
    /// </summary>
    public TimeSpan Stale { get; init; }

    /// <summary>
    /// True (the default): a stale read returns at once and refreshes in the background.
    /// False: a stale read waits for the backend and falls back to the stale value only if the backend fails.
    /// </summary>
    public bool RefreshInBackground { get; init; } = true;

    /// <summary>Levels to skip, as in <see cref="HybridCacheEntryOptions.Flags"/>.</summary>
    public HybridCacheEntryFlags Flags { get; init; }

    internal bool ReadsL1 => (Flags & HybridCacheEntryFlags.DisableLocalCacheRead) == 0;

    internal bool WritesL1 => (Flags & HybridCacheEntryFlags.DisableLocalCacheWrite) == 0;

    internal bool ReadsL2 => (Flags & HybridCacheEntryFlags.DisableDistributedCacheRead) == 0;

    internal bool WritesL2 => (Flags & HybridCacheEntryFlags.DisableDistributedCacheWrite) == 0;

    internal void Validate()
    {
        if (Fresh <= TimeSpan.Zero || Stale < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Fresh), "Fresh must be positive and Stale must not be negative.");
        }
    }

    internal static CacheEntryPolicy From(HybridCacheEntryOptions? options, TwoLevelCacheOptions defaults) => new()
    {
        // HybridCache's Expiration is the fresh time; the stale window comes from configuration.
        Fresh = options?.Expiration ?? defaults.DefaultFresh,
        Stale = defaults.DefaultStale,
        Flags = options?.Flags ?? HybridCacheEntryFlags.None,
    };
}
