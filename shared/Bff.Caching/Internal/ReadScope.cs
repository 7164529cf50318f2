namespace Bff.Caching.Internal;

/// <summary>What FusionCache said about one read of one key, filled by <see cref="ReadObserver"/> while the read runs.</summary>
internal sealed class ReadScope(string fusionKey)
{
    private volatile bool _stale;
    private volatile bool _fromDistributed;
    private volatile bool _produced;
    private volatile bool _inMemory;

    /// <summary>The key as FusionCache reports it in events (with <c>CacheKeyPrefix</c>).</summary>
    public string FusionKey { get; } = fusionKey;

    public void MarkStale() => _stale = true;

    /// <summary>A fresh entry came from Redis.</summary>
    public void MarkDistributedHit() => _fromDistributed = true;

    /// <summary>Memory held an entry, fresh or not; FusionCache falls back to it before an older copy in Redis.</summary>
    public void MarkMemoryHit() => _inMemory = true;

    public void MarkProduced() => _produced = true;

    /// <summary>
    /// When the stale copy the factory was called with was produced (its <c>LastModified</c>), if it has one; the
    /// factory may run again in the background (eager refresh), hence the lock-free single write of the first call.
    /// </summary>
    public DateTimeOffset? StaleProducedAt { get; private set; }

    public void MarkStaleCopy(DateTimeOffset? producedAt)
    {
        if (producedAt is not null && StaleProducedAt is null)
        {
            StaleProducedAt = producedAt;
        }
    }

    /// <summary>Stale wins: after a soft timeout the factory may still finish in the background.</summary>
    public (bool IsStale, CacheSource Source) Outcome()
    {
        if (_stale)
        {
            return (true, _inMemory ? CacheSource.L1 : CacheSource.L2);
        }

        return (false, _produced ? CacheSource.Factory : _fromDistributed ? CacheSource.L2 : CacheSource.L1);
    }
}
