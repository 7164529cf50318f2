namespace Bff.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry settings, bound from <c>Telemetry</c>; the OTLP endpoint, protocol and service name fall back to the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> and <c>OTEL_SERVICE_NAME</c>.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Service name on every span and metric; default <c>OTEL_SERVICE_NAME</c>, else the application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>OTLP collector address; nothing is exported when empty.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Path of the GraphQL endpoint whose requests get a <c>Bff.GraphQL</c> operation span.</summary>
    public string GraphQLPath { get; set; } = "/graphql";

    /// <summary>Activity sources traced besides <see cref="BffTelemetry.Sources"/>.</summary>
    public List<string> AdditionalSources { get; set; } = [];

    /// <summary>Meters exported besides <see cref="BffTelemetry.Meters"/>.</summary>
    public List<string> AdditionalMeters { get; set; } = [];
}
