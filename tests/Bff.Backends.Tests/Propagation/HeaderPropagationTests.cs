using System.Diagnostics;
using System.Net;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Tests.Http;
using Bff.Backends.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Tests.Propagation;

public sealed class HeaderPropagationTests
{
    private readonly RecordingHandler handler = new();

    [Fact]
    public async Task TheCallersTokenGoesToUserScopedBackendsButNeverToPublicOnes()
    {
        await using var host = Host();
        host.IncomingRequest(("Authorization", "Bearer token-of-u-001"));
        handler.Answer(HttpStatusCode.OK, RequestBuildingTests.OrderJson).Answer(HttpStatusCode.OK, "[]");

        await host.Get<IOrdersClient>().GetOrderAsync("o-1");
        await host.Get<IPricingClient>().GetPricesAsync(["1"]);

        Assert.Equal("Bearer token-of-u-001", handler.Requests[0].Headers["Authorization"]);
        Assert.False(handler.Requests[1].Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task TheIncomingCorrelationIdIsForwardedToEveryBackend()
    {
        await using var host = Host();
        host.IncomingRequest(("X-Correlation-Id", "corr-123"));
        handler.Answer(HttpStatusCode.OK, RequestBuildingTests.OrderJson).Answer(HttpStatusCode.OK, "[]");

        await host.Get<IOrdersClient>().GetOrderAsync("o-1");
        await host.Get<IPricingClient>().GetPricesAsync(["1"]);

        Assert.All(handler.Requests, r => Assert.Equal("corr-123", r.Headers["X-Correlation-Id"]));
    }

    [Fact]
    public async Task WithoutAnIncomingIdTheCurrentTraceIdIsUsedAndAMalformedIdIsIgnored()
    {
        await using var host = Host();
        host.IncomingRequest(("X-Correlation-Id", "bad id with spaces"));
        handler.Answer(HttpStatusCode.OK, "[]");
        using var activity = new Activity("bff-request").SetIdFormat(ActivityIdFormat.W3C).Start();

        await host.Get<IPricingClient>().GetPricesAsync(["1"]);

        Assert.Equal(activity.TraceId.ToHexString(), handler.Last.Headers["X-Correlation-Id"]);
    }

    [Fact]
    public async Task OutsideARequestNothingIsInvented()
    {
        await using var host = Host();
        handler.Answer(HttpStatusCode.OK, "[]");
        Activity.Current = null;

        await host.Get<IPricingClient>().GetPricesAsync(["1"]);

        Assert.False(handler.Last.Headers.ContainsKey("X-Correlation-Id"));
        Assert.False(handler.Last.Headers.ContainsKey("Authorization"));
    }

    private ClientHost Host() => ClientHost.Create(
        new Dictionary<string, string?>
        {
            ["Backends:Pricing:BaseUrl"] = "http://pricing.test",
            ["Backends:Orders:BaseUrl"] = "http://orders.test",
        },
        (services, _) =>
        {
            services.AddPricingClient().ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddOrdersClient().ConfigurePrimaryHttpMessageHandler(() => handler);
        });
}
