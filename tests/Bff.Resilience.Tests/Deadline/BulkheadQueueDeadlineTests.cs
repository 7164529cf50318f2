using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Deadline;

/// <summary>The wait for a bulkhead slot is part of the call, so it spends the request's budget too.</summary>
public class BulkheadQueueDeadlineTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ACallQueuedBehindAFullBulkheadFailsAtItsDeadlineAndNeverReachesTheBackend()
    {
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new FakeBackend((_, _, _) => release.Task);
        var deadlines = new FixedDeadline();
        using var host = ResilientClient.Create(backend, clock, OneSlotOneQueued, deadlines);
        var first = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);

        BackendUnavailableException error;
        try
        {
            deadlines.Current = RequestDeadline.Start(TimeSpan.FromMilliseconds(300), clock);
            var queued = host.Client.GetAsync(new Uri("/prices/2", UriKind.Relative));
            clock.Advance(TimeSpan.FromMilliseconds(299));
            Assert.False(queued.IsCompleted);
            clock.Advance(TimeSpan.FromMilliseconds(1));

            // Bounded in real time: were the queue wait outside the budget, the call would wait for the slot instead.
            error = await Assert.ThrowsAsync<BackendUnavailableException>(() => queued.WaitAsync(Eventually.DefaultTimeout));
        }
        finally
        {
            // Polly waits for calls in flight when the pipeline is disposed, so the held slot must always be freed.
            release.TrySetResult(new HttpResponseMessage(HttpStatusCode.OK));
        }

        Assert.Equal(BackendUnavailableReason.DeadlineExceeded, error.Reason);
        using var firstResponse = await first;
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(1, backend.Calls);
    }

    [Fact]
    public async Task AQueuedCallWithBudgetLeftStillRunsOnceTheSlotIsFree()
    {
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new FakeBackend((_, call, _) => call == 0 ? release.Task : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        var deadlines = new FixedDeadline();
        using var host = ResilientClient.Create(backend, clock, OneSlotOneQueued, deadlines);
        var first = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);

        deadlines.Current = RequestDeadline.Start(TimeSpan.FromMilliseconds(300), clock);
        var queued = host.Client.GetAsync(new Uri("/prices/2", UriKind.Relative));
        clock.Advance(TimeSpan.FromMilliseconds(200));
        release.SetResult(new HttpResponseMessage(HttpStatusCode.OK));
        using var queuedResponse = await queued;
        using var firstResponse = await first;

        Assert.Equal(HttpStatusCode.OK, queuedResponse.StatusCode);
        Assert.Equal(2, backend.Calls);
    }

    private static void OneSlotOneQueued(BackendResilienceOptions options)
    {
        options.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1;
        options.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 1;
    }
}
