using OpenTelemetry.Exporter;

namespace Bff.ServiceDefaults.Telemetry;

/// <summary>Turns the OTLP options into the exporter's settings for one signal.</summary>
internal static class OtlpSettings
{
    public static OtlpExportProtocol? ParseProtocol(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "grpc" => OtlpExportProtocol.Grpc,
        "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
        _ => null,
    };

    /// <summary>
    /// Endpoint for one signal. Over HTTP the exporter posts to the endpoint as given when it is set in code,
    /// so the per-signal path the specification derives from <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is appended here.
    /// </summary>
    public static Uri SignalEndpoint(string endpoint, OtlpExportProtocol protocol, string signalPath)
    {
        var baseUri = new Uri(endpoint, UriKind.Absolute);
        return protocol == OtlpExportProtocol.HttpProtobuf
            ? new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/" + signalPath)
            : baseUri;
    }

    public static void Apply(OtlpExporterOptions exporter, TelemetryOptions options, string signalPath)
    {
        var protocol = ParseProtocol(options.OtlpProtocol) ?? OtlpExportProtocol.Grpc;
        exporter.Protocol = protocol;
        exporter.Endpoint = SignalEndpoint(options.OtlpEndpoint!, protocol, signalPath);
    }
}
