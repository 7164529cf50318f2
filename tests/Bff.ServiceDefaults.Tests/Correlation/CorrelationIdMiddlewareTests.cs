using Bff.ServiceDefaults.Correlation;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.ServiceDefaults.Tests.Correlation;

public class CorrelationIdMiddlewareTests
{
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    [Fact]
    public async Task AWellFormedIncomingIdIsEchoedAndVisibleToTheApplication()
    {
        await using var app = await TestApp.StartAsync(map: a =>
            a.MapGet("/id", (ICorrelationIdAccessor accessor) => accessor.CorrelationId));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/id");
        request.Headers.Add(CorrelationId.HeaderName, "client-42.abc");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("client-42.abc", response.Headers.GetValues(CorrelationId.HeaderName).Single());
        Assert.Equal("client-42.abc", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AMalformedIncomingIdIsReplacedByTheTraceId()
    {
        await using var app = await TestApp.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
        request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, "<script>alert(1)</script>");
        request.Headers.Add("traceparent", $"00-{TraceId}-b7ad6b7169203331-01");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(TraceId, response.Headers.GetValues(CorrelationId.HeaderName).Single());
    }

    [Fact]
    public async Task ARequestWithoutAnIdGetsAGeneratedOneEvenWhenTheEndpointFails()
    {
        await using var app = await TestApp.StartAsync(map: a =>
            a.MapGet("/fail", IResult () => throw new InvalidOperationException("boom")));

        using var response = await app.Client.GetAsync(new Uri("/fail", UriKind.Relative));

        Assert.Equal(500, (int)response.StatusCode);
        Assert.True(CorrelationId.IsValid(response.Headers.GetValues(CorrelationId.HeaderName).Single()));
    }

    [Fact]
    public async Task BackendCallsCarryTraceparentOfTheSameTraceAndTheEffectiveCorrelationId()
    {
        string? seenTraceparent = null;
        string? seenCorrelation = null;
        await using var backend = await PlainApp.StartAsync(a => a.MapGet("/data", (HttpContext c) =>
        {
            seenTraceparent = c.Request.Headers["traceparent"];
            seenCorrelation = c.Request.Headers[CorrelationId.HeaderName];
            return "ok";
        }));
        await using var app = await TestApp.StartAsync(
            configure: b => b.Services.AddHttpClient(),
            map: a => a.MapGet("/call", async (HttpContext c, IHttpClientFactory factory) =>
            {
                // What a backend client's propagation handler does: forward the request's (rewritten) header.
                using var call = new HttpRequestMessage(HttpMethod.Get, new Uri(backend.Address, "/data"));
                call.Headers.Add(CorrelationId.HeaderName, c.Request.Headers[CorrelationId.HeaderName].ToString());
                using var response = await factory.CreateClient().SendAsync(call);
                return await response.Content.ReadAsStringAsync();
            }));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/call");
        request.Headers.Add("traceparent", $"00-{TraceId}-b7ad6b7169203331-01");
        request.Headers.TryAddWithoutValidation(CorrelationId.HeaderName, new string('x', 65));

        using var result = await app.Client.SendAsync(request);

        Assert.Equal("ok", await result.Content.ReadAsStringAsync());
        Assert.StartsWith($"00-{TraceId}-", seenTraceparent, StringComparison.Ordinal);
        Assert.DoesNotContain("b7ad6b7169203331", seenTraceparent, StringComparison.Ordinal);
        Assert.Equal(result.Headers.GetValues(CorrelationId.HeaderName).Single(), seenCorrelation);
        Assert.Equal(TraceId, seenCorrelation);
    }
}
