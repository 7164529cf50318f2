using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Tests.Support;

/// <summary>Sums the Bff.Caching counters of one cache instance (its own meter factory), by name and level.</summary>
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
            var level = "";
            foreach (var tag in tags)
            {
                level = tag.Key == "level" ? ":" + tag.Value : level;
            }

            _totals.AddOrUpdate(instrument.Name + level, value, (_, old) => old + value);
            if (level.Length > 0)
            {
                _totals.AddOrUpdate(instrument.Name, value, (_, old) => old + value);
            }
        });
        _listener.Start();
    }

    /// <summary>Total of a counter, e.g. <c>cache.hits</c> or <c>cache.hits:l1</c>.</summary>
    public long this[string name] => _totals.GetValueOrDefault(name);

    public void Dispose() => _listener.Dispose();
}
