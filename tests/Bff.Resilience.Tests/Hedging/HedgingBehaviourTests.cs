using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Hedging;

public class HedgingBehaviourTests
{
    private readonly TimerWatchingClock clock = new();

    private static void Hedged(BackendResilienceOptions options)
    {
        options.Hedging.Enabled = true;
        options.Hedging.Delay = TimeSpan.FromMilliseconds(300);
    }

    [Fact]
    public async Task ASlowGetIsHedgedAndTheFasterAnswerWins()
    {
        var backend = new FakeBackend((_, call, ct) => call == 0 ? FakeBackend.Hang(ct) : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, Hedged);

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        await clock.WaitForTimersAsync(TimeSpan.FromMilliseconds(300));
        clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Equal(1, backend.Calls);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Calls);
        Assert.NotSame(backend.Requests[0], backend.Requests[1]);
        Assert.Equal(backend.Requests[0].RequestUri, backend.Requests[1].RequestUri);
    }

    [Fact]
    public async Task APostIsNeverHedgedOnAHedgingBackend()
    {
        var backend = new FakeBackend(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, Hedged);

        using var response = await host.Client.PostAsync(new Uri("/orders", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, backend.Calls);
    }

    [Fact]
    public async Task AFailedGetIsHedgedImmediatelyWithoutWaitingForTheDelay()
    {
        var backend = new FakeBackend(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, Hedged);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Calls);
    }
}
