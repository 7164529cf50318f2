using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry settings, bound from <c>Telemetry</c>. The OTLP endpoint and protocol are the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> / <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, read here only to check them at start-up.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Service name on every span, metric and exported log; default <c>OTEL_SERVICE_NAME</c>, else the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>The OTLP collector address (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); nothing is exported when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>OTEL_EXPORTER_OTLP_PROTOCOL</c>: <c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string? OtlpProtocol { get; set; }

    /// <summary>Path of the GraphQL endpoint whose requests get a <c>Bff.GraphQL</c> operation span.</summary>
    public string GraphQLPath { get; set; } = "/graphql";

    /// <summary>
    /// Also trace FusionCache's memory, Redis and backplane operations when exporting (a span for each: for debugging
    /// the cache, not for production). Off by default; FusionCache's operation spans are exported either way.
    /// </summary>
    public bool CacheLevelTraces { get; set; }

    /// <summary>Activity sources traced besides <see cref="BffTelemetry.TracedSources"/>.</summary>
    public List<string> AdditionalSources { get; set; } = [];

    /// <summary>Meters exported besides <see cref="BffTelemetry.Meters"/>.</summary>
    public List<string> AdditionalMeters { get; set; } = [];

    /// <summary>Read at registration time: the providers' sources and exporters are fixed when they are built.</summary>
    internal static TelemetryOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new TelemetryOptions();
        configuration.GetSection(SectionName).Bind(options);
        options.ServiceName = FirstSet(options.ServiceName, configuration["OTEL_SERVICE_NAME"], environment.ApplicationName);
        options.OtlpEndpoint = FirstSet(configuration[TelemetryExtensions.OtlpEndpointKey]);
        options.OtlpProtocol = FirstSet(configuration["OTEL_EXPORTER_OTLP_PROTOCOL"]);
        return options;
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
