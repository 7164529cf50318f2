using System.Net;
using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Resilience.Tests.Integration;

[Collection(DemoBackendsCollection.Name)]
public sealed class DemoBackendFaultTests(DemoBackendsProcess demo) : IAsyncLifetime
{
    private const string Pricing = "Pricing";

    private readonly AttemptCounter wire = new() { InnerHandler = new SocketsHttpHandler() };

    public Task InitializeAsync() => demo.ResetFaultsAsync(Pricing);

    public Task DisposeAsync()
    {
        wire.Dispose();
        return demo.ResetFaultsAsync(Pricing);
    }

    [Fact]
    public async Task RetriesTurnInjectedServerErrorsIntoSuccessfulAnswers()
    {
        await demo.SetFaultsAsync(Pricing, new { errorRate = 0.3 });
        using var host = Create(TimeProvider.System, o => o.Retry.MaxRetryAttempts = 6, backend: "pricing-retries");
        using var metrics = new MetricCapture(host.Services);

        for (var id = 1; id <= 20; id++)
        {
            using var response = await host.Client.GetAsync(new Uri($"/prices/{id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.True(wire.Attempts > 20, $"expected some injected 500s to be retried, saw {wire.Attempts} attempts");
        Assert.Equal(wire.Attempts - 20, metrics.Events("OnRetry", "pricing-retries"));
    }

    [Fact]
    public async Task TheBreakerOpensAgainstAFailingBackendAndClosesOnceItRecovers()
    {
        await demo.SetFaultsAsync(Pricing, new { errorRate = 1.0 });
        var clock = new FakeTimeProvider();
        using var host = Create(clock, o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.MinimumThroughput = 4;
            o.CircuitBreaker.FailureRatio = 0.5;
        });
        var circuits = host.Services.GetRequiredService<ICircuitStateProvider>();
        for (var i = 0; i < 4; i++)
        {
            using var failed = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        }

        var refused = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));
        Assert.Equal(BackendUnavailableReason.CircuitOpen, refused.Reason);
        Assert.Equal(4, wire.Attempts);
        Assert.Equal(BackendCircuitState.Open, circuits.GetState("pricing"));

        await demo.ResetFaultsAsync(Pricing);
        clock.Advance(TimeSpan.FromSeconds(5));
        using var recovered = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(BackendCircuitState.Closed, circuits.GetState("pricing"));
    }

    [Fact]
    public async Task A429IsRetriedOnlyAfterTheRetryAfterTheBackendSent()
    {
        await demo.SetFaultsAsync(Pricing, new { rateLimitRate = 1.0, retryAfterSeconds = 2 });
        var clock = new TimerWatchingClock();
        using var host = Create(clock, o => o.Retry.MaxRetryAttempts = 1);

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await clock.WaitForTimersAsync(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(1, wire.Attempts);
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(2, wire.Attempts);
    }

    [Fact]
    public async Task HungAttemptsTimeOutAndTheCallFailsNamingTheBackend()
    {
        await demo.SetFaultsAsync(Pricing, new { hangRate = 1.0 });
        using var host = Create(TimeProvider.System, o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetryAttempts = 1;
        });

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.Timeout, error.Reason);
        Assert.Equal(2, wire.Attempts);
    }

    private ResilientClient Create(TimeProvider clock, Action<BackendResilienceOptions> configure, string backend = ResilientClient.Backend) =>
        ResilientClient.Create(wire, clock, o => { ResilientClient.Fast(o); configure(o); }, baseAddress: demo.UrlOf(Pricing), backend: backend);
}
