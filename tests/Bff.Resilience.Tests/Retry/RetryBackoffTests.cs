using System.Net;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Retry;

/// <summary>The package's exponential backoff as our options configure it, observed on the fake clock.</summary>
public class RetryBackoffTests
{
    private readonly TimerWatchingClock clock = new();

    [Fact]
    public async Task TheDelayDoublesWithEachAttempt()
    {
        var backend = new FakeBackend(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, o => Backoff(o, maxDelay: TimeSpan.FromSeconds(5)));

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await WaitsAsync(backend, [100, 200, 400]);
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, backend.Calls);
    }

    [Fact]
    public async Task TheDelayNeverExceedsTheMaximum()
    {
        var backend = new FakeBackend(HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, o => Backoff(o, maxDelay: TimeSpan.FromMilliseconds(150)));

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await WaitsAsync(backend, [100, 150, 150]);
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void Backoff(BackendResilienceOptions options, TimeSpan maxDelay)
    {
        ResilientClient.Fast(options);
        options.Retry.Delay = TimeSpan.FromMilliseconds(100);
        options.Retry.MaxDelay = maxDelay;
    }

    /// <summary>For each wait: nothing is sent a millisecond before it ends, the next attempt goes out when it does.</summary>
    private async Task WaitsAsync(FakeBackend backend, int[] waitsMs)
    {
        for (var i = 0; i < waitsMs.Length; i++)
        {
            var wait = TimeSpan.FromMilliseconds(waitsMs[i]);
            await clock.WaitForTimersAsync(wait, waitsMs.Take(i + 1).Count(w => w == waitsMs[i]));
            clock.Advance(wait - TimeSpan.FromMilliseconds(1));
            Assert.Equal(i + 1, backend.Calls);
            clock.Advance(TimeSpan.FromMilliseconds(1));
            await backend.WaitForCallsAsync(i + 2);
        }
    }
}
