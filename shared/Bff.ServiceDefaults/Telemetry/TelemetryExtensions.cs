using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>Registration of OpenTelemetry tracing and metrics.</summary>
public static class TelemetryExtensions
{
    /// <summary>
    /// Traces <see cref="BffTelemetry.Sources"/> and exports <see cref="BffTelemetry.Meters"/>; over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>Telemetry:OtlpEndpoint</c>) is set. Options: section <c>Telemetry</c>.
    /// </summary>
    public static IHostApplicationBuilder AddBffTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .Configure<IConfiguration, IHostEnvironment>(static (o, config, env) =>
            {
                o.ServiceName = FirstSet(o.ServiceName, config["OTEL_SERVICE_NAME"], env.ApplicationName);
                o.OtlpEndpoint = FirstSet(o.OtlpEndpoint, config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
                o.OtlpProtocol = FirstSet(config[$"{TelemetryOptions.SectionName}:OtlpProtocol"], config["OTEL_EXPORTER_OTLP_PROTOCOL"], o.OtlpProtocol)!;
            })
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());
        builder.Services.TryAddSingleton<TelemetryProviders>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, TelemetryLifetime>());
        return builder;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
