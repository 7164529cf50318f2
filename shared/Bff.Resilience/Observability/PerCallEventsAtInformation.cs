using Microsoft.Extensions.Options;
using Polly;
using Polly.Telemetry;

namespace Bff.Resilience.Observability;

/// <summary>
/// Logs a circuit opening at Warning and every per-call event (retries, timeouts, hedges, refusals, attempts) at
/// Information. Polly's defaults put those at Warning and Error with the exception, one or more lines per failed call:
/// with a backend hanging under load, that was hundreds of megabytes of stack traces in minutes (the chaos suite), written
/// when the process can least afford it. At the shipped <c>Polly: Warning</c> the log then says when a backend's
/// circuit opens; the calls themselves are still counted on the <c>Polly</c> meter, whatever their log level, and the
/// request log line and the response's error codes say which fields degraded.
/// </summary>
internal sealed class PerCallEventsAtInformation : IConfigureOptions<TelemetryOptions>
{
    public void Configure(TelemetryOptions options) => options.SeverityProvider = Severity;

    internal static ResilienceEventSeverity Severity(SeverityProviderArguments args) => args.Event.EventName switch
    {
        "OnCircuitOpened" => ResilienceEventSeverity.Warning,
        _ when args.Event.Severity == ResilienceEventSeverity.None => ResilienceEventSeverity.None,
        _ => ResilienceEventSeverity.Information,
    };
}
