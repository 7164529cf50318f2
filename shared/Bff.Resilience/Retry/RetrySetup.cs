using Bff.Resilience.Pipeline;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Bff.Resilience.Retry;

/// <summary>
/// What the BFF adds to the package's retry: its transient predicate, narrowed to requests that may be resent and to
/// waits the request's deadline can afford, and our <c>Retry-After</c> reading in place of the package's.
/// </summary>
internal static class RetrySetup
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static void Apply(BackendRetryOptions options, TimeProvider timeProvider)
    {
        options.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(options, timeProvider, args.Context, args.Outcome));

        // The package's generator honours Retry-After on any status, uncapped and against the system clock; a null
        // delay here falls back to the strategy's own exponential backoff with jitter.
        options.DelayGenerator = options.ShouldRetryAfterHeader
            ? args => ValueTask.FromResult(RetryAfter.GetDelay(args.Outcome.Result, timeProvider, options.MaxDelay))
            : null;
    }

    internal static bool ShouldRetry(
        BackendRetryOptions options, TimeProvider timeProvider, ResilienceContext context, Outcome<HttpResponseMessage> outcome)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome)
            || (context.GetRequestMessage() is { } request && !MayResend(request, options)))
        {
            return false;
        }

        if (context.GetDeadline() is not { } deadline)
        {
            return true;
        }

        // A retry that must wait longer than the budget left could never answer in time: give the caller the
        // backend's own answer now instead of a timeout later.
        var asked = options.ShouldRetryAfterHeader ? RetryAfter.GetDelay(outcome.Result, timeProvider, options.MaxDelay) : null;
        return deadline.Remaining > (asked ?? TimeSpan.Zero);
    }

    internal static bool MayResend(HttpRequestMessage request, BackendRetryOptions options) =>
        options.RetryNonIdempotent || IsIdempotent(request.Method) || request.Headers.Contains(IdempotencyKeyHeader);

    /// <summary>Methods that may be sent twice without changing the outcome (RFC 9110 §9.2.2).</summary>
    private static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Trace || method == HttpMethod.Put || method == HttpMethod.Delete;
}
