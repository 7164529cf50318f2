using System.Net;
using Microsoft.Extensions.Logging;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Observability;

/// <summary>
/// Resilience events reach the package's own meter (<c>Polly</c>) and logger, tagged with the backend as
/// <c>pipeline.instance</c>, each logged once. Each test has its own backend name because the Polly meter is process-wide.
/// </summary>
public class ResilienceTelemetryTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task RetriesAreCountedAndLoggedOnceWithTheBackendName()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.BadGateway, HttpStatusCode.OK), clock, ResilientClient.Fast, backend: "pricing-t1");
        using var metrics = new MetricCapture(host.Services);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(1, metrics.Events("OnRetry", "pricing-t1"));
        var retryLog = Assert.Single(host.Logs.Entries, e => e.Message.Contains("OnRetry", StringComparison.Ordinal));
        Assert.Equal("ResilienceEvent", retryLog.EventName);
        Assert.Contains("pricing-t1-backend/pricing-t1/Retry", retryLog.Message, StringComparison.Ordinal);
        Assert.Contains("Result: '502'", retryLog.Message, StringComparison.Ordinal);
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
        }, backend: "pricing-t2");
        using var metrics = new MetricCapture(host.Services);

        for (var i = 0; i < 2; i++)
        {
            (await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative))).Dispose();
        }

        await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(1, metrics.Events("OnCircuitOpened", "pricing-t2"));
        Assert.Equal((long)BackendCircuitState.Open, metrics.Observe("resilience.circuit_state", "pricing-t2"));
        Assert.Equal(1, metrics.Events("OnBackendUnavailable", "pricing-t2", "backend.unavailable.reason", "CircuitOpen"));
        Assert.Single(host.Logs.Entries, e => e.Message.Contains("'OnCircuitOpened'", StringComparison.Ordinal));
        Assert.Single(host.Logs.Entries, e => e.Message.Contains("'OnBackendUnavailable'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyTheOpeningCircuitIsLoggedAsAWarningAndTheFailedCallsAtInformation()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.InternalServerError), clock, o =>
        {
            ResilientClient.Fast(o);
            o.Retry.MaxRetryAttempts = 1;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 1;
        }, backend: "pricing-t9");

        (await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative))).Dispose();
        await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        var polly = host.Logs.Entries.Where(e => e.EventName == "ResilienceEvent").ToList();
        Assert.Contains(polly, e => e.Message.Contains("'OnRetry'", StringComparison.Ordinal) && e.Level == LogLevel.Information);
        Assert.Contains(polly, e => e.Message.Contains("'OnBackendUnavailable'", StringComparison.Ordinal) && e.Level == LogLevel.Information);
        var warning = Assert.Single(polly, e => e.Level >= LogLevel.Warning);
        Assert.Contains("'OnCircuitOpened'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutsAreCountedPerStrategy()
    {
        var backend = new FakeBackend((_, call, ct) => call == 0 ? FakeBackend.Hang(ct) : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, o => { ResilientClient.Fast(o); o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(1); }, backend: "pricing-t3");
        using var metrics = new MetricCapture(host.Services);

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await pending).Dispose();

        Assert.Equal(1, metrics.Events("OnTimeout", "pricing-t3", "strategy.name", "AttemptTimeout"));
        Assert.Single(host.Logs.Entries, e => e.Message.Contains("'OnTimeout'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACallRefusedForAnExpiredBudgetIsCountedWithItsReason()
    {
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.Zero, clock) };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), clock, deadlines: deadlines, backend: "pricing-t4");
        using var metrics = new MetricCapture(host.Services);

        await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(1, metrics.Events("OnBackendUnavailable", "pricing-t4", "backend.unavailable.reason", "DeadlineExceeded"));
    }
}
