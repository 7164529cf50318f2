using System.Net;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// The BFF behind a load balancer: 127.0.0.2 plays the known proxy, 127.0.0.3 a peer nobody configured, and the
/// addresses in <c>X-Forwarded-For</c> the callers behind them.
/// </summary>
public class ForwardedHeadersRateLimitingTests
{
    private const string Proxy = "127.0.0.2";
    private const string Stranger = "127.0.0.3";

    private static readonly Dictionary<string, string?> BehindAProxy = new()
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["RateLimiting:Ip:PermitLimit"] = "2",
        ["RateLimiting:Client:PermitLimit"] = "2",
    };

    [Fact]
    public async Task CallersBehindAKnownProxyGetBucketsOfTheirOwnByTheirForwardedAddress()
    {
        await using var app = await TestApp.StartAsync(BehindAProxy, map: MapRemoteIp);
        using var proxy = LoopbackCaller.Create(app.Client.BaseAddress!, Proxy);

        var first = await SendManyAsync(proxy, "203.0.113.10", 3);
        var second = await SendManyAsync(proxy, "203.0.113.20", 2);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], second);
        Assert.Equal("203.0.113.20", await RemoteIpAsync(proxy, "203.0.113.20"));
    }

    [Fact]
    public async Task ACallerFromAnUnknownPeerCannotChooseItsPartitionWithXForwardedFor()
    {
        await using var app = await TestApp.StartAsync(BehindAProxy, map: MapRemoteIp);
        using var stranger = LoopbackCaller.Create(app.Client.BaseAddress!, Stranger);

        var spoofed = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" })
        {
            spoofed.Add(await LoopbackCaller.GetAsync(stranger, claimed));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], spoofed);
        Assert.Equal(Stranger, await RemoteIpAsync(app.Client, "198.51.100.9", Stranger));
    }

    [Fact]
    public async Task WithoutConfiguredProxiesForwardedHeadersAreIgnoredEvenFromLoopback()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["RateLimiting:Ip:PermitLimit"] = "10" }, map: MapRemoteIp);

        Assert.Equal("127.0.0.1", await RemoteIpAsync(app.Client, "203.0.113.99"));
    }

    [Fact]
    public async Task OneClientIdSentFromTwoAddressesGivesEachItsOwnBucket()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(BehindAProxy) { ["RateLimiting:Ip:PermitLimit"] = "10" });
        using var proxy = LoopbackCaller.Create(app.Client.BaseAddress!, Proxy);

        var exhausting = await SendManyAsync(proxy, "203.0.113.10", 3, clientId: "ios-2.4.1");
        var other = await SendManyAsync(proxy, "203.0.113.20", 2, clientId: "ios-2.4.1");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], exhausting);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], other);
    }

    [Fact]
    public async Task AKnownProxyThatIsNotAnAddressFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "proxy.internal" });

        Assert.Contains("ForwardedHeaders:KnownProxies", error.Message, StringComparison.Ordinal);
    }

    private static void MapRemoteIp(WebApplication app) =>
        app.MapGet("/ip", (HttpContext c) => c.Connection.RemoteIpAddress?.ToString()).DisableRateLimiting();

    private static async Task<string> RemoteIpAsync(HttpClient client, string forwardedFor, string? source = null)
    {
        using var caller = source is null ? null : LoopbackCaller.Create(client.BaseAddress!, source);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ip");
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        using var response = await (caller ?? client).SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<List<HttpStatusCode>> SendManyAsync(HttpClient client, string forwardedFor, int count, string? clientId = null)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            statuses.Add(await LoopbackCaller.GetAsync(client, forwardedFor, clientId: clientId));
        }

        return statuses;
    }
}
