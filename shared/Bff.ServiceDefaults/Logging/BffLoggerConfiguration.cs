using System.Globalization;
using Bff.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Serilog.Sinks.OpenTelemetry;

namespace Bff.ServiceDefaults.Logging;

/// <summary>Fills the application's one Serilog <see cref="LoggerConfiguration"/> from <see cref="BffLoggingOptions"/>.</summary>
internal static class BffLoggerConfiguration
{
    public static void Apply(
        LoggerConfiguration config,
        BffLoggingOptions options,
        IHostEnvironment environment,
        IConfiguration configuration,
        IServiceProvider services)
    {
        config.MinimumLevel.Is(options.MinimumLevel.Default)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.WithProperty("Application", environment.ApplicationName)
            .WriteTo.Console(CreateFormatter(options, environment));
        foreach (var (prefix, level) in options.MinimumLevel.Override)
        {
            config.MinimumLevel.Override(prefix, level);
        }

        WriteToOtlp(config, TelemetryOptions.From(configuration, environment));
    }

    public static ITextFormatter CreateFormatter(BffLoggingOptions options, IHostEnvironment environment)
    {
        var json = options.Format == LogFormat.Json
            || (options.Format == LogFormat.Auto && !environment.IsDevelopment());

        // Rendered: collectors that only show "@m" still get the readable message next to its properties.
        return json
            ? new RenderedCompactJsonFormatter()
            : new MessageTemplateTextFormatter(options.TextTemplate, CultureInfo.InvariantCulture);
    }

    /// <summary>Logs go where traces and metrics go, under the same service name.</summary>
    private static void WriteToOtlp(LoggerConfiguration config, TelemetryOptions telemetry)
    {
        // A malformed endpoint is left to the telemetry options' start-up check, which names the variable; the sink
        // would otherwise fail first, while the logger is built, with a message about URI schemes.
        if (!Uri.TryCreate(telemetry.OtlpEndpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return;
        }

        config.WriteTo.OpenTelemetry(o =>
        {
            o.Endpoint = uri.AbsoluteUri;
            o.Protocol = telemetry.OtlpProtocol == "http/protobuf" ? OtlpProtocol.HttpProtobuf : OtlpProtocol.Grpc;
            o.ResourceAttributes["service.name"] = telemetry.ServiceName!;
        });
    }
}
