using System.Globalization;
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

        // A malformed endpoint is left to the telemetry options' start-up check, which names the variable; the sink
        // would otherwise fail first, while the logger is built, with a message about URI schemes.
        if (Uri.TryCreate(configuration[OtlpEndpointKey], UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var endpoint = uri.AbsoluteUri;
            config.WriteTo.OpenTelemetry(o =>
            {
                o.Endpoint = endpoint;
                o.Protocol = configuration[OtlpProtocolKey] == "http/protobuf" ? OtlpProtocol.HttpProtobuf : OtlpProtocol.Grpc;
                o.ResourceAttributes["service.name"] = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : environment.ApplicationName;
            });
        }
    }

    /// <summary>The standard variable every OTLP exporter of the process reads, Serilog's sink included.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public const string OtlpProtocolKey = "OTEL_EXPORTER_OTLP_PROTOCOL";

    public static ITextFormatter CreateFormatter(BffLoggingOptions options, IHostEnvironment environment)
    {
        var json = options.Format == LogFormat.Json
            || (options.Format == LogFormat.Auto && !environment.IsDevelopment());

        // Rendered: collectors that only show "@m" still get the readable message next to its properties.
        return json
            ? new RenderedCompactJsonFormatter()
            : new MessageTemplateTextFormatter(options.TextTemplate, CultureInfo.InvariantCulture);
    }
}
