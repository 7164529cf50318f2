using Bff.Resilience.Http;
using Bff.Resilience.Pipeline;
using Polly;
using Polly.Retry;

namespace Bff.Resilience.Retry;

/// <summary>Turns <see cref="BackendRetryOptions"/> into Polly retry options.</summary>
internal static class RetrySetup
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RetryStrategyOptions<HttpResponseMessage> Create(BackendRetryOptions options, TimeProvider timeProvider) => new()
    {
        Name = "Retry",
        MaxRetryAttempts = options.MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = options.UseJitter,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(options, timeProvider, args.Context, args.Outcome)),
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(
            GetDelay(options, timeProvider, args.Context, args.Outcome, args.AttemptNumber)),
    };

    internal static bool ShouldRetry(
        BackendRetryOptions options, TimeProvider timeProvider, ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (!HttpOutcomes.IsTransient(outcome)
            || (context.GetRequest() is { } request && !MayResend(request, options)))
        {
            return false;
        }

        if (context.GetDeadline() is not { } deadline)
        {
            return true;
        }

        // A retry that must wait longer than the budget left could never answer in time: give the caller the
        // backend's own answer now instead of a timeout later.
        var asked = options.HonorRetryAfter ? RetryAfter.GetDelay(outcome.Result, timeProvider, options.MaxDelay) : null;
        return deadline.Remaining > (asked ?? TimeSpan.Zero);
    }

    internal static TimeSpan GetDelay(
        BackendRetryOptions options, TimeProvider timeProvider, ResilienceContext context, Outcome<HttpResponseMessage> outcome, int attempt)
    {
        var delay = (options.HonorRetryAfter ? RetryAfter.GetDelay(outcome.Result, timeProvider, options.MaxDelay) : null)
            ?? Backoff.Exponential(attempt, options, Random.Shared.NextDouble);
        return context.GetDeadline() is { } deadline ? deadline.Cap(delay) : delay;
    }

    internal static bool MayResend(HttpRequestMessage request, BackendRetryOptions options) =>
        options.RetryNonIdempotent
        || HttpOutcomes.IsIdempotent(request.Method)
        || request.Headers.Contains(IdempotencyKeyHeader);
}
