using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Telemetry;

internal sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ServiceName))
        {
            errors.Add("Telemetry:ServiceName (or OTEL_SERVICE_NAME) must not be empty.");
        }

        if (!string.IsNullOrEmpty(options.OtlpEndpoint)
            && !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add($"OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URI; got '{options.OtlpEndpoint}'.");
        }

        if (options.OtlpProtocol is not (null or "grpc" or "http/protobuf"))
        {
            errors.Add($"OTEL_EXPORTER_OTLP_PROTOCOL must be 'grpc' or 'http/protobuf'; got '{options.OtlpProtocol}'.");
        }

        if (!options.GraphQLPath.StartsWith('/'))
        {
            errors.Add("Telemetry:GraphQLPath must start with '/'.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
