using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Support;

/// <summary>Records the <c>Bff.Resilience</c> measurements of one service provider only.</summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

    public MetricCapture(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Bff.Resilience" && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
    }

    public long Sum(string instrument, string backend, string? tag = null, string? tagValue = null) => measurements
        .Where(m => m.Instrument == instrument && HasTag(m.Tags, "backend", backend) && (tag is null || HasTag(m.Tags, tag, tagValue)))
        .Sum(m => m.Value);

    /// <summary>Takes one reading of every observable gauge; returns the latest value for <paramref name="backend"/>.</summary>
    public long Observe(string instrument, string backend)
    {
        listener.RecordObservableInstruments();
        return measurements.Last(m => m.Instrument == instrument && HasTag(m.Tags, "backend", backend)).Value;
    }

    public void Dispose() => listener.Dispose();

    private static bool HasTag(KeyValuePair<string, object?>[] tags, string key, string? value) =>
        tags.Any(t => t.Key == key && Equals(t.Value?.ToString(), value));
}
