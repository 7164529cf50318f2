using System.Diagnostics.Metrics;

namespace Bff.Caching.Internal;

/// <summary>Counters of the <c>Bff.Caching</c> meter, exported through OpenTelemetry like every other meter.</summary>
internal sealed class CacheMetrics
{
    public const string MeterName = "Bff.Caching";

    private static readonly KeyValuePair<string, object?> L1Level = new("level", "l1");
    private static readonly KeyValuePair<string, object?> L2Level = new("level", "l2");

    private readonly Counter<long> _hits;
    private readonly Counter<long> _misses;
    private readonly Counter<long> _staleServed;
    private readonly Counter<long> _refreshes;
    private readonly Counter<long> _l2Errors;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _hits = meter.CreateCounter<long>("cache.hits", description: "Fresh values served from L1 or L2.");
        _misses = meter.CreateCounter<long>("cache.misses", description: "Requests answered by calling the backend.");
        _staleServed = meter.CreateCounter<long>("cache.stale_served", description: "Stale values served while refreshing or after a backend failure.");
        _refreshes = meter.CreateCounter<long>("cache.refreshes", description: "Background refreshes started.");
        _l2Errors = meter.CreateCounter<long>("cache.l2_errors", description: "L2 operations that failed or timed out.");
    }

    public void Served(CacheSource source, bool isStale)
    {
        if (isStale)
        {
            _staleServed.Add(1);
        }
        else if (source == CacheSource.Factory)
        {
            _misses.Add(1);
        }
        else
        {
            _hits.Add(1, source == CacheSource.L1 ? L1Level : L2Level);
        }
    }

    public void RefreshStarted() => _refreshes.Add(1);

    public void L2Error() => _l2Errors.Add(1);
}
