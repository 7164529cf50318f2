using Bff.Resilience.Bulkhead;
using Bff.Resilience.Hedging;
using Bff.Resilience.Http;
using Bff.Resilience.Retry;
using Polly;
using Polly.CircuitBreaker;
using Polly.Telemetry;
using Polly.Timeout;

namespace Bff.Resilience.Pipeline;

/// <summary>
/// Builds a backend's pipeline in the order of the standard resilience handler: bulkhead, total timeout,
/// retry (or hedging), circuit breaker, attempt timeout.
/// </summary>
internal static class BackendPipelineFactory
{
    // Polly treats a zero timeout as "no timeout"; a budget that is nearly gone must still time out.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);

    public static BackendPipeline Create(
        string backend, BackendResilienceOptions options, TimeProvider timeProvider, TelemetryListener? telemetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = backend,
            TimeProvider = timeProvider,
            TelemetryListener = telemetry,
        };
        var strategies = new List<string>();
        var limiter = ConcurrencyLimiterStrategy.CreateLimiter(options.Bulkhead);
        builder.AddStrategy(_ => new ConcurrencyLimiterStrategy(backend, limiter), new BulkheadStrategyOptions());
        strategies.Add("Bulkhead");

        var total = options.TotalRequestTimeout;
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            Name = "TotalTimeout",
            TimeoutGenerator = args => ValueTask.FromResult(CapToDeadline(total, args.Context)),
        });
        strategies.Add("TotalTimeout");

        if (options.Hedging.Enabled)
        {
            builder.AddHedging(HedgingSetup.Create(options.Hedging));
            strategies.Add("Hedging");
        }
        else if (options.Retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(RetrySetup.Create(options.Retry, timeProvider));
            strategies.Add("Retry");
        }

        var circuit = new CircuitBreakerStateProvider();
        var circuitControl = new CircuitBreakerManualControl();
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            Name = "CircuitBreaker",
            FailureRatio = options.CircuitBreaker.FailureRatio,
            MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
            SamplingDuration = options.CircuitBreaker.SamplingDuration,
            BreakDuration = options.CircuitBreaker.BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(HttpOutcomes.IsTransient(args.Outcome)),
            StateProvider = circuit,
            ManualControl = circuitControl,
        });
        strategies.Add("CircuitBreaker");

        builder.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
        strategies.Add("AttemptTimeout");

        return new BackendPipeline(backend, builder.Build(), strategies, circuit, circuitControl, limiter);
    }

    private static TimeSpan CapToDeadline(TimeSpan timeout, ResilienceContext context)
    {
        var capped = context.GetDeadline() is { } deadline ? deadline.Cap(timeout) : timeout;
        return capped > MinimumTimeout ? capped : MinimumTimeout;
    }

    private sealed class BulkheadStrategyOptions : ResilienceStrategyOptions
    {
        public BulkheadStrategyOptions() => Name = "Bulkhead";
    }
}
