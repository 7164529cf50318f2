using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Deadline;

public class DeadlineBudgetTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task AnExpiredBudgetFailsFastWithoutCallingTheBackend()
    {
        var backend = new FakeBackend(HttpStatusCode.OK);
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromSeconds(1), clock) };
        using var host = ResilientClient.Create(backend, clock, deadlines: deadlines);
        clock.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.DeadlineExceeded, error.Reason);
        Assert.Equal(0, backend.Calls);
    }

    [Fact]
    public async Task TheCallGetsOnlyTheTimeTheRequestHasLeft()
    {
        var backend = new FakeBackend((_, _, ct) => FakeBackend.Hang(ct));
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromSeconds(2), clock) };
        using var host = ResilientClient.Create(backend, clock, deadlines: deadlines);
        clock.Advance(TimeSpan.FromMilliseconds(1500));

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => pending);

        Assert.Equal(BackendUnavailableReason.DeadlineExceeded, error.Reason);
    }

    [Fact]
    public async Task ADeadlineOnTheRequestMessageWinsOverTheAmbientOne()
    {
        var backend = new FakeBackend(HttpStatusCode.OK);
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromMinutes(1), clock) };
        using var host = ResilientClient.Create(backend, clock, deadlines: deadlines);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/prices/1").WithDeadline(RequestDeadline.Start(TimeSpan.Zero, clock));

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.SendAsync(request));

        Assert.Equal(BackendUnavailableReason.DeadlineExceeded, error.Reason);
    }

    [Fact]
    public void RemainingTimeShrinksWithTheClockAndNeverGoesNegative()
    {
        var deadline = RequestDeadline.Start(TimeSpan.FromSeconds(3), clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(2), deadline.Remaining);
        Assert.Equal(TimeSpan.FromSeconds(1), deadline.Cap(TimeSpan.FromSeconds(1)));

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.Zero, deadline.Remaining);
        Assert.True(deadline.IsExpired);
    }
}
