using Bff.Resilience.Hedging;
using Bff.Resilience.Observability;
using Bff.Resilience.Retry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Bff.Resilience.Pipeline;

/// <summary>
/// The pipeline of one backend, registered with the package's <c>AddResilienceHandler</c>: the standard handler's
/// strategies (rate limiter as bulkhead, total timeout, retry or hedging, circuit breaker, attempt timeout) behind our
/// guard and the request deadline, which sit outermost so that even the wait for a bulkhead slot spends the budget.
/// </summary>
internal static class BackendPipeline
{
    /// <summary>The pipeline identifier; the package names the pipeline <c>{httpClientName}-backend</c>.</summary>
    public const string Identifier = "backend";

    public const string RequestDeadlineStrategy = "RequestDeadline";

    // Polly treats a zero timeout as "no timeout"; a budget that is nearly gone must still time out.
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(1);

    /// <summary>Fills in the delegates of the package's options that carry the BFF's rules; runs once per options instance.</summary>
    public static void Prepare(BackendResilienceOptions options, string backend, IServiceProvider services)
    {
        RetrySetup.Apply(options.Retry, services.GetRequiredService<TimeProvider>());
        HedgingSetup.Apply(options.Hedging);
        options.CircuitBreaker.StateProvider = services.GetRequiredService<CircuitStateRegistry>().For(backend);
        SpentDeadline.CountAsFailure(options.CircuitBreaker);
    }

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context, string backend)
    {
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>().Get(backend);
        var deadlines = services.GetRequiredService<IRequestDeadlineAccessor>();

        // Tags every Polly log line and metric of this pipeline with pipeline.instance = the backend name.
        pipeline.InstanceName = backend;
        pipeline
            .AddStrategy(c => new BackendGuardStrategy(backend, deadlines, c.Telemetry), new BackendGuardOptions())
            .AddTimeout(new TimeoutStrategyOptions { Name = RequestDeadlineStrategy, TimeoutGenerator = args => ValueTask.FromResult(Remaining(args.Context)) })
            .AddRateLimiter(options.RateLimiter)
            .AddTimeout(options.TotalRequestTimeout);
        if (options.Hedging.Enabled)
        {
            pipeline.AddHedging(options.Hedging);
        }
        else if (options.Retry.MaxRetryAttempts > 0)
        {
            pipeline.AddRetry(options.Retry);
        }

        pipeline.AddCircuitBreaker(options.CircuitBreaker).AddTimeout(options.AttemptTimeout);
    }

    private static TimeSpan Remaining(ResilienceContext context) => context.GetDeadline() is { } deadline
        ? (deadline.Remaining > MinimumTimeout ? deadline.Remaining : MinimumTimeout)
        : Timeout.InfiniteTimeSpan;
}
