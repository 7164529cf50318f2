using System.Net;
using System.Net.Http.Headers;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Http;

public class RetryBehaviourTests
{
    private readonly TimerWatchingClock clock = new();

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task AGetIsRetriedAfterATransientStatusUntilItSucceeds(HttpStatusCode transient)
    {
        var backend = new FakeBackend(transient, transient, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, backend.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task AClientErrorIsReturnedWithoutRetry(HttpStatusCode status)
    {
        var backend = new FakeBackend(status, HttpStatusCode.OK);
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, backend.Calls);
    }

    [Fact]
    public async Task AConnectionFailureIsRetried()
    {
        var backend = new FakeBackend((_, call, _) => call == 0
            ? Task.FromException<HttpResponseMessage>(new HttpRequestException("connection reset"))
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Calls);
    }

    [Fact]
    public async Task APostIsNotRetriedBecauseItMayNotBeIdempotent()
    {
        var backend = new FakeBackend(HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created);
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);

        using var response = await host.Client.PostAsync(new Uri("/orders", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(1, backend.Calls);
    }

    [Fact]
    public async Task APostCarryingAnIdempotencyKeyIsRetried()
    {
        var backend = new FakeBackend(HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created);
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = new StringContent("{}") };
        request.Headers.Add("Idempotency-Key", "k-1");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, backend.Calls);
    }

    [Fact]
    public async Task RetriesStopAfterTheConfiguredAttemptsAndTheLastResponseIsReturned()
    {
        var backend = new FakeBackend(HttpStatusCode.InternalServerError);
        using var host = ResilientClient.Create(backend, clock, o => { ResilientClient.Fast(o); o.Retry.MaxRetryAttempts = 2; });

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(3, backend.Calls);
    }

    [Fact]
    public async Task TheRetryWaitsForTheDelayAskedByRetryAfter()
    {
        var backend = new FakeBackend((_, call, _) => Task.FromResult(call == 0 ? TooManyRequests(seconds: 2) : new HttpResponseMessage(HttpStatusCode.OK)));
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast);

        var pending = host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));
        await clock.WaitForTimersAsync(TimeSpan.FromSeconds(2));
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Equal(1, backend.Calls);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await pending;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, backend.Calls);
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheRemainingDeadlineReturnsTheBackendAnswerAtOnce()
    {
        var backend = new FakeBackend((_, _, _) => Task.FromResult(TooManyRequests(seconds: 5)));
        var deadlines = new FixedDeadline { Current = RequestDeadline.Start(TimeSpan.FromSeconds(1), clock) };
        using var host = ResilientClient.Create(backend, clock, ResilientClient.Fast, deadlines);

        using var response = await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(1, backend.Calls);
    }

    internal static HttpResponseMessage TooManyRequests(int seconds)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        return response;
    }
}
