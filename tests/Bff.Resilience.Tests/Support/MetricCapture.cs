using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Support;

/// <summary>
/// Records Polly's <c>resilience.polly.strategy.events</c> (a process-wide meter, so filtered by the backend in
/// <c>pipeline.instance</c>; give each test its own backend name) and our <c>Bff.Resilience</c> gauge of one provider.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> measurements = new();

    public MetricCapture(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Polly" || (instrument.Meter.Name == "Bff.Resilience" && ReferenceEquals(instrument.Meter.Scope, factory)))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        listener.Start();
    }

    /// <summary>How many Polly events named <paramref name="eventName"/> the pipeline of <paramref name="backend"/> reported.</summary>
    public long Events(string eventName, string backend, string? tag = null, string? tagValue = null) => measurements
        .Where(m => m.Instrument == "resilience.polly.strategy.events" && HasTag(m.Tags, "event.name", eventName)
            && HasTag(m.Tags, "pipeline.instance", backend) && (tag is null || HasTag(m.Tags, tag, tagValue)))
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
