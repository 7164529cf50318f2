namespace Bff.Caching.Internal;

/// <summary>What FusionCache said about one read of one key, filled by <see cref="ReadObserver"/> while the read runs.</summary>
internal sealed class ReadScope(string fusionKey)
{
    private volatile bool _stale;
    private volatile bool _fromDistributed;
    private volatile bool _produced;

    /// <summary>The key as FusionCache reports it in events (with <c>CacheKeyPrefix</c>).</summary>
    public string FusionKey { get; } = fusionKey;

    public void MarkStale() => _stale = true;

    public void MarkDistributedHit() => _fromDistributed = true;

    public void MarkProduced() => _produced = true;

    /// <summary>Stale wins: after a soft timeout the factory may still finish in the background.</summary>
    public (bool IsStale, CacheSource Source) Outcome()
    {
        var stale = _stale;
        var source = !stale && _produced ? CacheSource.Factory : _fromDistributed ? CacheSource.L2 : CacheSource.L1;
        return (stale, source);
    }
}
