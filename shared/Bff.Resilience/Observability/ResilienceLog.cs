using Microsoft.Extensions.Logging;

namespace Bff.Resilience.Observability;

/// <summary>Resilience events as named log events, so they can be filtered and alerted on by name.</summary>
internal static partial class ResilienceLog
{
    public const string Category = "Bff.Resilience";

    [LoggerMessage(1001, LogLevel.Warning, "Retrying {Backend} (attempt {Attempt}) in {DelayMs} ms after {Outcome}", EventName = "BackendRetry")]
    public static partial void Retrying(ILogger logger, string backend, int attempt, double delayMs, string outcome);

    [LoggerMessage(1002, LogLevel.Error, "Circuit of {Backend} opened for {BreakMs} ms after {Outcome}", EventName = "CircuitOpened")]
    public static partial void CircuitOpened(ILogger logger, string backend, double breakMs, string outcome);

    [LoggerMessage(1003, LogLevel.Information, "Circuit of {Backend} half-open: letting a trial call through", EventName = "CircuitHalfOpened")]
    public static partial void CircuitHalfOpened(ILogger logger, string backend);

    [LoggerMessage(1004, LogLevel.Information, "Circuit of {Backend} closed", EventName = "CircuitClosed")]
    public static partial void CircuitClosed(ILogger logger, string backend);

    [LoggerMessage(1005, LogLevel.Warning, "{Kind} of {Backend} elapsed after {TimeoutMs} ms", EventName = "BackendTimeout")]
    public static partial void TimedOut(ILogger logger, string? kind, string backend, double timeoutMs);

    [LoggerMessage(1006, LogLevel.Warning, "Call to {Backend} refused: {Reason}", EventName = "BackendRejected")]
    public static partial void Rejected(ILogger logger, string backend, BackendUnavailableReason reason);

    [LoggerMessage(1007, LogLevel.Information, "Hedging {Backend} (attempt {Attempt})", EventName = "BackendHedge")]
    public static partial void Hedging(ILogger logger, string backend, int attempt);
}
