namespace Bff.Deploy.Tests.Support;

/// <summary>An OTLP metric's kind: what decides its Prometheus suffixes.</summary>
public enum MetricKind
{
    /// <summary>A monotonic sum: <c>_total</c>.</summary>
    Counter,

    /// <summary>A non-monotonic sum: no suffix.</summary>
    UpDownCounter,

    /// <summary>No suffix.</summary>
    Gauge,

    /// <summary><c>_bucket</c>, <c>_sum</c>, <c>_count</c>.</summary>
    Histogram,

    /// <summary>Exponential histograms and summaries: none of the dashboards' queries.</summary>
    Other,
}
