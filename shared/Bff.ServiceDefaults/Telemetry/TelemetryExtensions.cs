using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>Registration of OpenTelemetry tracing and metrics.</summary>
public static class TelemetryExtensions
{
    /// <summary>The standard variable that turns the OTLP exporters on; the exporters read it (and the other <c>OTEL_EXPORTER_OTLP_*</c>) themselves.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// <c>AddOpenTelemetry()</c> with ASP.NET Core and HttpClient instrumentation, the sources of
    /// <see cref="BffTelemetry.TracedSources"/> and <see cref="BffTelemetry.Meters"/>; exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. The
    /// host owns the providers and flushes them on stop. Options: section <c>Telemetry</c>, checked at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddBffTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = TelemetryOptions.From(builder.Configuration, builder.Environment);
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .PostConfigure(o => (o.ServiceName, o.OtlpEndpoint, o.OtlpProtocol) = (settings.ServiceName, settings.OtlpEndpoint, settings.OtlpProtocol))
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());

        var exporting = !string.IsNullOrWhiteSpace(settings.OtlpEndpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(settings.ServiceName!))
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddSource([.. BffTelemetry.TracedSources(exporting, settings.CacheLevelTraces), .. settings.AdditionalSources]);
                if (exporting)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddMeter([.. BffTelemetry.Meters, .. settings.AdditionalMeters]);
                if (exporting)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return builder;
    }
}
