using ZiggyCreatures.Caching.Fusion;

namespace Bff.Caching.Internal;

/// <summary>One DataLoader batch: the ids, how to key and load them, and the policy's entry options.</summary>
internal sealed record BatchRequest<TId, T>(
    IReadOnlyCollection<TId> Ids,
    Func<TId, CacheKey> KeyOf,
    Func<IReadOnlyList<TId>, CancellationToken, Task<IReadOnlyDictionary<TId, T>>> Load,
    FusionCacheEntryOptions Options,
    Func<TId, T, IEnumerable<string>?>? TagsOf)
    where TId : notnull;

/// <summary>An id still missing after a level, with its key and any stale copy Redis still held for fail-safe.</summary>
internal sealed record BatchMiss<TId, T>(TId Id, CacheKey Key)
{
    public bool HasStale { get; set; }

    public T? Stale { get; set; }

    /// <summary>When the backend produced <see cref="Stale"/> (UTC ticks), if Redis's entry said; a memory copy cannot.</summary>
    public long? StaleTimestamp { get; set; }
}
