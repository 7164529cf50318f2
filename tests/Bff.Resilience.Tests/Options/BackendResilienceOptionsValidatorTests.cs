using Bff.Resilience.Options;

namespace Bff.Resilience.Tests.Options;

public class BackendResilienceOptionsValidatorTests
{
    private readonly BackendResilienceOptionsValidator validator = new();

    [Fact]
    public void DefaultOptionsAreValid() =>
        Assert.True(validator.Validate("pricing", new BackendResilienceOptions()).Succeeded);

    [Fact]
    public void AnOutOfRangeValueFailsWithTheFullConfigurationKeyInTheMessage()
    {
        var options = new BackendResilienceOptions();
        options.Retry.MaxRetryAttempts = 42;

        var result = validator.Validate("pricing", options);

        Assert.True(result.Failed);
        Assert.Contains("Resilience:Backends:pricing:Retry:MaxRetryAttempts must be between 0 and 10 (was 42)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAttemptTimeoutLongerThanTheTotalTimeoutIsRejected()
    {
        var options = new BackendResilienceOptions();
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(40);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(30);

        var result = validator.Validate("catalog", options);

        Assert.Contains("Resilience:Backends:catalog:AttemptTimeout:Timeout must not exceed TotalRequestTimeout:Timeout", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBrokenRuleIsReportedAtOnce()
    {
        var options = new BackendResilienceOptions();
        options.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 0;
        options.CircuitBreaker.FailureRatio = 0;
        options.Hedging.MaxHedgedAttempts = 0;

        var result = validator.Validate("reviews", options);

        Assert.Equal(3, result.Failures!.Count());
    }

    [Fact]
    public void ASamplingDurationShorterThanTwoAttemptTimeoutsIsRejectedAsTheStandardHandlerDoes()
    {
        var options = new BackendResilienceOptions();
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);

        var result = validator.Validate("pricing", options);

        Assert.Contains("Resilience:Backends:pricing:CircuitBreaker:SamplingDuration must be at least twice AttemptTimeout:Timeout", result.FailureMessage, StringComparison.Ordinal);
    }
}
