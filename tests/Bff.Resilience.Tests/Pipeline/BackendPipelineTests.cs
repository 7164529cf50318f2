using System.Net;
using Bff.Resilience.Pipeline;
using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Testing;
using Polly.Timeout;

namespace Bff.Resilience.Tests.Pipeline;

/// <summary>What Polly actually built for the handler, read back with Polly.Testing from the package's registration.</summary>
public class BackendPipelineTests
{
    [Fact]
    public void TheStandardStrategiesRunInTheStandardOrderBehindTheGuardAndTheRequestDeadline()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System);
        var options = OptionsOf(host);

        var strategies = host.Pipeline.GetPipelineDescriptor().Strategies;

        Assert.Collection(
            strategies,
            s => Assert.IsType<BackendGuardStrategy>(s.StrategyInstance),
            s => Assert.Equal(BackendPipeline.RequestDeadlineStrategy, Assert.IsType<TimeoutStrategyOptions>(s.Options).Name),
            s => Assert.Same(options.RateLimiter, s.Options),
            s => Assert.Same(options.TotalRequestTimeout, s.Options),
            s => Assert.Same(options.Retry, s.Options),
            s => Assert.Same(options.CircuitBreaker, s.Options),
            s => Assert.Same(options.AttemptTimeout, s.Options));
        Assert.Equal(
            ["BackendGuardStrategy", "TimeoutResilienceStrategy", "RateLimiterResilienceStrategy", "TimeoutResilienceStrategy", "RetryResilienceStrategy`1", "CircuitBreakerResilienceStrategy`1", "TimeoutResilienceStrategy"],
            strategies.Select(s => s.StrategyInstance.GetType().Name));
    }

    [Fact]
    public void TheBuiltStrategiesCarryTheBffDefaults()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System);

        var strategies = host.Pipeline.GetPipelineDescriptor().Strategies;

        var limiter = Assert.IsType<HttpRateLimiterStrategyOptions>(strategies[2].Options).DefaultRateLimiterOptions;
        Assert.Equal((100, 50), (limiter.PermitLimit, limiter.QueueLimit));
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<HttpTimeoutStrategyOptions>(strategies[3].Options).Timeout);
        var retry = Assert.IsType<BackendRetryOptions>(strategies[4].Options);
        Assert.Equal((3, DelayBackoffType.Exponential, true), (retry.MaxRetryAttempts, retry.BackoffType, retry.UseJitter));
        Assert.Equal((TimeSpan.FromMilliseconds(200), (TimeSpan?)TimeSpan.FromSeconds(5)), (retry.Delay, retry.MaxDelay));
        var breaker = Assert.IsType<HttpCircuitBreakerStrategyOptions>(strategies[5].Options);
        Assert.Equal((0.1, 100, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5)), (breaker.FailureRatio, breaker.MinimumThroughput, breaker.SamplingDuration, breaker.BreakDuration));
        Assert.Equal(TimeSpan.FromSeconds(10), Assert.IsType<HttpTimeoutStrategyOptions>(strategies[6].Options).Timeout);
    }

    [Fact]
    public void HedgingReplacesRetryForABackendThatOptsIn()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, o => o.Hedging.Enabled = true);

        var strategies = host.Pipeline.GetPipelineDescriptor().Strategies;

        Assert.Same(OptionsOf(host).Hedging, strategies[4].Options);
        Assert.Equal("HedgingResilienceStrategy`1", strategies[4].StrategyInstance.GetType().Name);
        Assert.DoesNotContain(strategies, s => s.Options is BackendRetryOptions);
    }

    [Fact]
    public void ZeroRetryAttemptsLeavesRetryOut()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, o => o.Retry.MaxRetryAttempts = 0);

        var strategies = host.Pipeline.GetPipelineDescriptor().Strategies;

        Assert.Equal(6, strategies.Count);
        Assert.DoesNotContain(strategies, s => s.Options is BackendRetryOptions);
    }

    [Fact]
    public void TheCircuitStartsClosed()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System);
        _ = host.Pipeline;

        Assert.Equal(BackendCircuitState.Closed, host.Services.GetRequiredService<ICircuitStateProvider>().GetState(ResilientClient.Backend));
    }

    private static BackendResilienceOptions OptionsOf(ResilientClient host) =>
        host.Services.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>().Get(host.Name);
}
