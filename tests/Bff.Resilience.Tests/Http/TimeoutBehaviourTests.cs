using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Http;

public class TimeoutBehaviourTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task AHungAttemptTimesOutAndIsRetried()
    {
        var backend = new FakeBackend((_, call, ct) => call == 0 ? FakeBackend.Hang(ct) : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, o => { ResilientClient.Fast(o); o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2); });

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Calls);
    }

    [Fact]
    public async Task TheTotalTimeoutEndsTheCallWithATimeoutNamingTheBackend()
    {
        var backend = new FakeBackend((_, _, ct) => FakeBackend.Hang(ct));
        using var host = ResilientClient.Create(backend, clock, o =>
        {
            ResilientClient.Fast(o);
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(3);
        });

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        clock.Advance(TimeSpan.FromSeconds(2));
        await backend.WaitForCallsAsync(2);
        clock.Advance(TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => pending);

        Assert.Equal(BackendUnavailableReason.Timeout, error.Reason);
        Assert.Equal("pricing", error.Backend);
    }
}
