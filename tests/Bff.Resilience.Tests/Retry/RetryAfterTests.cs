using System.Net;
using System.Net.Http.Headers;
using Bff.Resilience.Retry;
using Bff.Resilience.Tests.Support;

namespace Bff.Resilience.Tests.Retry;

public class RetryAfterTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public void DeltaSecondsOnA429BecomeTheDelay()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfter.GetDelay(response, clock, Max));
    }

    [Fact]
    public void AnHttpDateOnA503IsMeasuredFromTheInjectedClock()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(4)));

        Assert.Equal(TimeSpan.FromSeconds(4), RetryAfter.GetDelay(response, clock, Max));
    }

    [Fact]
    public void ADateInThePastMeansRetryAtOnce()
    {
        using var response = Response(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(clock.GetUtcNow().AddSeconds(-4)));

        Assert.Equal(TimeSpan.Zero, RetryAfter.GetDelay(response, clock, Max));
    }

    [Fact]
    public void AskedDelayIsCappedAtTheMaximumDelay()
    {
        using var response = Response(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)));

        Assert.Equal(Max, RetryAfter.GetDelay(response, clock, Max));
    }

    [Fact]
    public void RetryAfterOnOtherStatusCodesIsIgnored()
    {
        using var response = Response(HttpStatusCode.InternalServerError, new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        Assert.Null(RetryAfter.GetDelay(response, clock, Max));
    }

    private static HttpResponseMessage Response(HttpStatusCode status, RetryConditionHeaderValue retryAfter)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }
}
