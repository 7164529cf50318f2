using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Tests.Support;

/// <summary>Sums the Bff.Caching counters of one cache instance (its own meter factory), by name and domain.</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public MetricsRecorder(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Bff.Caching" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var domain = "";
            foreach (var tag in tags)
            {
                domain = tag.Key == "domain" ? ":" + tag.Value : domain;
            }

            _totals.AddOrUpdate(instrument.Name + domain, value, (_, old) => old + value);
            _totals.AddOrUpdate(instrument.Name, value, (_, old) => old + value);
        });
        _listener.Start();
    }

    /// <summary>Total of a counter, e.g. <c>bff.cache.stale_served</c> or <c>bff.cache.stale_served:pricing</c>.</summary>
    public long this[string name] => _totals.GetValueOrDefault(name);

    public void Dispose() => _listener.Dispose();
}
