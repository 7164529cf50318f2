using System.Net;
using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Http;

public class CircuitBreakerBehaviourTests
{
    private readonly FakeTimeProvider clock = new();

    private static void SmallBreaker(BackendResilienceOptions options)
    {
        ResilientClient.Fast(options);
        options.Retry.MaxRetryAttempts = 0;
        options.CircuitBreaker.MinimumThroughput = 4;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(5);
    }

    [Fact]
    public async Task AnOpenCircuitRefusesCallsWithoutReachingTheBackend()
    {
        var backend = new FakeBackend(HttpStatusCode.InternalServerError);
        using var host = ResilientClient.Create(backend, clock, SmallBreaker);
        await FailAsync(host, times: 4);

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.CircuitOpen, error.Reason);
        Assert.Equal("pricing", error.Backend);
        Assert.Equal(4, backend.Calls);
        Assert.Equal(BackendCircuitState.Open, host.Services.GetRequiredService<ICircuitStateProvider>().GetState("pricing"));
    }

    [Fact]
    public async Task AfterTheBreakDurationOneSuccessfulTrialCallClosesTheCircuit()
    {
        var backend = new FakeBackend((_, call, _) => Task.FromResult(new HttpResponseMessage(call < 4 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, SmallBreaker);
        var circuits = host.Services.GetRequiredService<ICircuitStateProvider>();
        await FailAsync(host, times: 4);

        clock.Advance(TimeSpan.FromSeconds(5));
        using var trial = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, trial.StatusCode);
        Assert.Equal(BackendCircuitState.Closed, circuits.GetState("pricing"));
    }

    [Fact]
    public async Task ClientErrorsDoNotOpenTheCircuit()
    {
        var backend = new FakeBackend(HttpStatusCode.NotFound);
        using var host = ResilientClient.Create(backend, clock, SmallBreaker);
        await FailAsync(host, times: 8);

        Assert.Equal(BackendCircuitState.Closed, host.Services.GetRequiredService<ICircuitStateProvider>().GetState("pricing"));
    }

    private static async Task FailAsync(ResilientClient host, int times)
    {
        for (var i = 0; i < times; i++)
        {
            using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
            Assert.False(response.IsSuccessStatusCode);
        }
    }
}
