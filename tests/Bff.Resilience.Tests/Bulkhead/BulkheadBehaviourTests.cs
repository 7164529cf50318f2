using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Bulkhead;

public class BulkheadBehaviourTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ACallBeyondTheConcurrencyAndQueueLimitsIsRejectedAtOnce()
    {
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new FakeBackend((_, _, _) => release.Task);
        using var host = ResilientClient.Create(backend, clock, o => { o.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1; o.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 0; });

        var first = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/2", UriKind.Relative)));
        release.SetResult(new HttpResponseMessage(HttpStatusCode.OK));
        using var firstResponse = await first;

        Assert.Equal(BackendUnavailableReason.BulkheadFull, error.Reason);
        Assert.Equal(1, backend.Calls);
        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
    }

    [Fact]
    public async Task AQueuedCallRunsOnceASlotIsFree()
    {
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var backend = new FakeBackend((_, call, _) => call == 0 ? release.Task : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, o => { o.RateLimiter.DefaultRateLimiterOptions.PermitLimit = 1; o.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 1; });

        var first = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await backend.WaitForCallsAsync(1);
        var queued = host.Client.GetAsync(new Uri("/prices/2", UriKind.Relative));
        Assert.False(queued.IsCompleted);
        release.SetResult(new HttpResponseMessage(HttpStatusCode.OK));

        using var a = await first;
        using var b = await queued;
        Assert.Equal(2, backend.Calls);
    }
}
