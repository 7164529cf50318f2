using Bff.Resilience.Http;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Hedging;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace Bff.Resilience.Observability;

/// <summary>
/// Receives every event Polly reports for every backend pipeline and turns the ones that matter into
/// metrics and log events; the pipeline name is the backend name.
/// </summary>
internal sealed class ResilienceTelemetryListener(ResilienceMetrics metrics, ILoggerFactory loggerFactory) : TelemetryListener
{
    private readonly ILogger logger = loggerFactory.CreateLogger(ResilienceLog.Category);

    public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
    {
        var backend = args.Source.PipelineName ?? "unknown";
        switch (args.Arguments)
        {
            case OnRetryArguments<HttpResponseMessage> retry:
                metrics.Retry(backend);
                ResilienceLog.Retrying(logger, backend, retry.AttemptNumber + 1, retry.RetryDelay.TotalMilliseconds, HttpOutcomes.Describe(retry.Outcome));
                break;
            case OnCircuitOpenedArguments<HttpResponseMessage> opened:
                metrics.CircuitOpened(backend);
                ResilienceLog.CircuitOpened(logger, backend, opened.BreakDuration.TotalMilliseconds, HttpOutcomes.Describe(opened.Outcome));
                break;
            case OnCircuitHalfOpenedArguments:
                ResilienceLog.CircuitHalfOpened(logger, backend);
                break;
            case OnCircuitClosedArguments<HttpResponseMessage>:
                ResilienceLog.CircuitClosed(logger, backend);
                break;
            case OnTimeoutArguments timeout:
                metrics.Timeout(backend, args.Source.StrategyName);
                ResilienceLog.TimedOut(logger, args.Source.StrategyName, backend, timeout.Timeout.TotalMilliseconds);
                break;
            case OnHedgingArguments<HttpResponseMessage> hedging:
                metrics.Hedge(backend);
                ResilienceLog.Hedging(logger, backend, hedging.AttemptNumber + 1);
                break;
        }
    }
}
