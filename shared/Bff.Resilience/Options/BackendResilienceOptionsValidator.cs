using Microsoft.Extensions.Options;

namespace Bff.Resilience.Options;

/// <summary>
/// Checks every backend's options at start-up against the ranges Polly accepts and the standard handler's own rules,
/// naming the configuration key so a bad value fails fast with a message an operator can act on (Polly would only
/// throw when the first client is built, without the key).
/// </summary>
internal sealed class BackendResilienceOptionsValidator : IValidateOptions<BackendResilienceOptions>
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MinBreak = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, BackendResilienceOptions options)
    {
        var errors = new List<string>();
        var key = $"{BackendResilienceOptions.BackendsSection}:{name}";
        void Check(bool valid, string path, object? value, string rule)
        {
            if (!valid)
            {
                errors.Add($"{key}:{path} {rule} (was {value ?? "null"}).");
            }
        }

        var limiter = options.RateLimiter.DefaultRateLimiterOptions;
        Check(limiter.PermitLimit >= 1, "RateLimiter:DefaultRateLimiterOptions:PermitLimit", limiter.PermitLimit, "must be at least 1");
        Check(limiter.QueueLimit >= 0, "RateLimiter:DefaultRateLimiterOptions:QueueLimit", limiter.QueueLimit, "must not be negative");
        var total = options.TotalRequestTimeout.Timeout;
        var attempt = options.AttemptTimeout.Timeout;
        Check(InRange(total, MinTimeout, Day), "TotalRequestTimeout:Timeout", total, "must be between 10 ms and 1 day");
        Check(InRange(attempt, MinTimeout, Day), "AttemptTimeout:Timeout", attempt, "must be between 10 ms and 1 day");
        Check(attempt <= total, "AttemptTimeout:Timeout", attempt, "must not exceed TotalRequestTimeout:Timeout");

        var retry = options.Retry;
        Check(retry.MaxRetryAttempts is >= 0 and <= 10, "Retry:MaxRetryAttempts", retry.MaxRetryAttempts, "must be between 0 and 10");
        Check(InRange(retry.Delay, TimeSpan.Zero, Day), "Retry:Delay", retry.Delay, "must be between 0 and 1 day");
        Check(retry.MaxDelay is not { } max || InRange(max, retry.Delay, Day), "Retry:MaxDelay", retry.MaxDelay, "must be between Retry:Delay and 1 day");

        var breaker = options.CircuitBreaker;
        Check(breaker.FailureRatio is > 0 and <= 1, "CircuitBreaker:FailureRatio", breaker.FailureRatio, "must be in (0, 1]");
        Check(breaker.MinimumThroughput >= 2, "CircuitBreaker:MinimumThroughput", breaker.MinimumThroughput, "must be at least 2");
        Check(InRange(breaker.SamplingDuration, MinBreak, Day), "CircuitBreaker:SamplingDuration", breaker.SamplingDuration, "must be between 500 ms and 1 day");
        Check(breaker.SamplingDuration >= 2 * attempt, "CircuitBreaker:SamplingDuration", breaker.SamplingDuration, "must be at least twice AttemptTimeout:Timeout");
        Check(InRange(breaker.BreakDuration, MinBreak, Day), "CircuitBreaker:BreakDuration", breaker.BreakDuration, "must be between 500 ms and 1 day");

        Check(options.Hedging.MaxHedgedAttempts is >= 1 and <= 10, "Hedging:MaxHedgedAttempts", options.Hedging.MaxHedgedAttempts, "must be between 1 and 10");
        Check(InRange(options.Hedging.Delay, TimeSpan.Zero, Day), "Hedging:Delay", options.Hedging.Delay, "must be between 0 and 1 day");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool InRange(TimeSpan value, TimeSpan min, TimeSpan max) => value >= min && value <= max;
}
