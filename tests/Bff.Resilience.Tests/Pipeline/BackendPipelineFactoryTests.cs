using Bff.Resilience.Pipeline;

namespace Bff.Resilience.Tests.Pipeline;

public class BackendPipelineFactoryTests
{
    [Fact]
    public void StrategiesAreOrderedLikeTheStandardResilienceHandler()
    {
        using var pipeline = BackendPipelineFactory.Create("pricing", new BackendResilienceOptions(), TimeProvider.System, null);

        Assert.Equal(["Bulkhead", "TotalTimeout", "Retry", "CircuitBreaker", "AttemptTimeout"], pipeline.Strategies);
    }

    [Fact]
    public void HedgingReplacesRetryForABackendThatOptsIn()
    {
        var options = new BackendResilienceOptions();
        options.Hedging.Enabled = true;

        using var pipeline = BackendPipelineFactory.Create("catalog", options, TimeProvider.System, null);

        Assert.Equal(["Bulkhead", "TotalTimeout", "Hedging", "CircuitBreaker", "AttemptTimeout"], pipeline.Strategies);
    }

    [Fact]
    public void ZeroRetryAttemptsLeavesRetryOut()
    {
        var options = new BackendResilienceOptions();
        options.Retry.MaxRetryAttempts = 0;

        using var pipeline = BackendPipelineFactory.Create("orders", options, TimeProvider.System, null);

        Assert.DoesNotContain("Retry", pipeline.Strategies);
    }

    [Fact]
    public void TheCircuitStartsClosed()
    {
        using var pipeline = BackendPipelineFactory.Create("pricing", new BackendResilienceOptions(), TimeProvider.System, null);

        Assert.Equal(Polly.CircuitBreaker.CircuitState.Closed, pipeline.Circuit.CircuitState);
    }
}
