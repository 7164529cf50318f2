using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// The tracer and meter providers, built with the core SDK (the hosting package is not available here) and owned by
/// the container: disposing them flushes and stops the exporters when the host shuts down.
/// </summary>
internal sealed class TelemetryProviders : IDisposable
{
    public TelemetryProviders(IOptions<TelemetryOptions> options)
    {
        var settings = options.Value;
        IsExporting = !string.IsNullOrEmpty(settings.OtlpEndpoint);
        var resource = ResourceBuilder.CreateDefault().AddService(settings.ServiceName!);

        var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource([.. BffTelemetry.Sources, .. settings.AdditionalSources]);
        var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter([.. BffTelemetry.Meters, .. settings.AdditionalMeters]);
        if (IsExporting)
        {
            tracing.AddOtlpExporter(o => OtlpSettings.Apply(o, settings, "v1/traces"));
            metrics.AddOtlpExporter(o => OtlpSettings.Apply(o, settings, "v1/metrics"));
        }

        Tracer = tracing.Build()!;
        Meter = metrics.Build()!;
    }

    /// <summary>True when an OTLP exporter was added (an endpoint is configured).</summary>
    public bool IsExporting { get; }

    public TracerProvider Tracer { get; }

    public MeterProvider Meter { get; }

    public void Flush(int timeoutMilliseconds)
    {
        Tracer.ForceFlush(timeoutMilliseconds);
        Meter.ForceFlush(timeoutMilliseconds);
    }

    public void Dispose()
    {
        Tracer.Dispose();
        Meter.Dispose();
    }
}
