using Bff.Resilience.Retry;

namespace Bff.Resilience.Tests.Retry;

public class BackoffTests
{
    private static BackendRetryOptions Options(bool jitter) => new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(100),
        MaxDelay = TimeSpan.FromSeconds(1),
        UseJitter = jitter,
    };

    [Theory]
    [InlineData(0, 100)]
    [InlineData(1, 200)]
    [InlineData(2, 400)]
    [InlineData(3, 800)]
    public void DelayDoublesWithEachAttempt(int attempt, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.Exponential(attempt, Options(jitter: false), () => 0.5));

    [Fact]
    public void DelayNeverExceedsTheMaximum() =>
        Assert.Equal(TimeSpan.FromSeconds(1), Backoff.Exponential(20, Options(jitter: false), () => 0.5));

    [Theory]
    [InlineData(0.0, 150)]
    [InlineData(1.0, 250)]
    public void JitterSpreadsTheDelayByAQuarterEitherWay(double random, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), Backoff.Exponential(1, Options(jitter: true), () => random));
}
