using System.Diagnostics.Metrics;

namespace Bff.Caching.Internal;

/// <summary>
/// The one measurement FusionCache cannot make: stale values handed to the BFF, by the BFF's domain (FusionCache's own
/// meters count hits, misses, fail-safe activations and more, but know neither domains nor what reached a response).
/// </summary>
internal sealed class CacheMetrics
{
    public const string MeterName = "Bff.Caching";

    private readonly Counter<long> _staleServed;

    public CacheMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _staleServed = meter.CreateCounter<long>("bff.cache.stale_served", unit: "{value}", description: "Stale values returned to the BFF, flagged in its response.");
    }

    public void StaleServed(CacheKey key) => _staleServed.Add(1, new KeyValuePair<string, object?>("domain", key.Domain));
}
