using Microsoft.Extensions.Options;

namespace Bff.Resilience.Options;

/// <summary>
/// Checks every backend's options at start-up against the ranges Polly accepts, naming the configuration key
/// so a bad value fails fast with a message an operator can act on.
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
        void Check(bool valid, string path, object value, string rule)
        {
            if (!valid)
            {
                errors.Add($"{key}:{path} {rule} (was {value}).");
            }
        }

        Check(options.Bulkhead.MaxConcurrency >= 1, "Bulkhead:MaxConcurrency", options.Bulkhead.MaxConcurrency, "must be at least 1");
        Check(options.Bulkhead.QueueLimit >= 0, "Bulkhead:QueueLimit", options.Bulkhead.QueueLimit, "must not be negative");
        Check(InRange(options.TotalRequestTimeout, MinTimeout, Day), "TotalRequestTimeout", options.TotalRequestTimeout, "must be between 10 ms and 1 day");
        Check(InRange(options.AttemptTimeout, MinTimeout, Day), "AttemptTimeout", options.AttemptTimeout, "must be between 10 ms and 1 day");
        Check(options.AttemptTimeout <= options.TotalRequestTimeout, "AttemptTimeout", options.AttemptTimeout, "must not exceed TotalRequestTimeout");
        Check(options.Retry.MaxRetryAttempts is >= 0 and <= 10, "Retry:MaxRetryAttempts", options.Retry.MaxRetryAttempts, "must be between 0 and 10");
        Check(InRange(options.Retry.BaseDelay, TimeSpan.Zero, Day), "Retry:BaseDelay", options.Retry.BaseDelay, "must be between 0 and 1 day");
        Check(InRange(options.Retry.MaxDelay, options.Retry.BaseDelay, Day), "Retry:MaxDelay", options.Retry.MaxDelay, "must be between BaseDelay and 1 day");
        Check(options.CircuitBreaker.FailureRatio is > 0 and <= 1, "CircuitBreaker:FailureRatio", options.CircuitBreaker.FailureRatio, "must be in (0, 1]");
        Check(options.CircuitBreaker.MinimumThroughput >= 2, "CircuitBreaker:MinimumThroughput", options.CircuitBreaker.MinimumThroughput, "must be at least 2");
        Check(InRange(options.CircuitBreaker.SamplingDuration, MinBreak, Day), "CircuitBreaker:SamplingDuration", options.CircuitBreaker.SamplingDuration, "must be between 500 ms and 1 day");
        Check(InRange(options.CircuitBreaker.BreakDuration, MinBreak, Day), "CircuitBreaker:BreakDuration", options.CircuitBreaker.BreakDuration, "must be between 500 ms and 1 day");
        Check(options.Hedging.MaxHedgedAttempts is >= 1 and <= 10, "Hedging:MaxHedgedAttempts", options.Hedging.MaxHedgedAttempts, "must be between 1 and 10");
        Check(InRange(options.Hedging.Delay, TimeSpan.Zero, Day), "Hedging:Delay", options.Hedging.Delay, "must be between 0 and 1 day");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool InRange(TimeSpan value, TimeSpan min, TimeSpan max) => value >= min && value <= max;
}
