using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Observability;

public class ResilienceTelemetryTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task RetriesAreCountedAndLoggedWithTheBackendName()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.BadGateway, HttpStatusCode.OK), clock, ResilientClient.Fast);
        using var metrics = new MetricCapture(host.Services);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(1, metrics.Sum("resilience.retries", "pricing"));
        Assert.Contains(host.Logs.Entries, e => e.EventName == "BackendRetry" && e.Message.Contains("pricing", StringComparison.Ordinal) && e.Message.Contains("HTTP 502", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnOpeningCircuitAndTheRefusalsThatFollowAreCountedAndLogged()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.InternalServerError), clock, o =>
        {
            ResilientClient.Fast(o);
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 1;
        });
        using var metrics = new MetricCapture(host.Services);

        for (var i = 0; i < 2; i++)
        {
            (await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative))).Dispose();
        }

        await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(1, metrics.Sum("resilience.circuit_opened", "pricing"));
        Assert.Equal((long)BackendCircuitState.Open, metrics.Observe("resilience.circuit_state", "pricing"));
        Assert.Equal(1, metrics.Sum("resilience.rejections", "pricing", "reason", "CircuitOpen"));
        Assert.Contains("CircuitOpened", host.Logs.EventNames);
        Assert.Contains("BackendRejected", host.Logs.EventNames);
    }

    [Fact]
    public async Task TimeoutsAreCountedPerKind()
    {
        var backend = new FakeBackend((_, call, ct) => call == 0 ? FakeBackend.Hang(ct) : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, o => { ResilientClient.Fast(o); o.AttemptTimeout = TimeSpan.FromSeconds(1); });
        using var metrics = new MetricCapture(host.Services);

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await pending).Dispose();

        Assert.Equal(1, metrics.Sum("resilience.timeouts", "pricing", "kind", "AttemptTimeout"));
        Assert.Contains("BackendTimeout", host.Logs.EventNames);
    }
}
