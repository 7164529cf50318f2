using System.Net;
using System.Net.Http.Headers;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Http;

public sealed class ConditionalGetTests
{
    [Theory]
    [InlineData("catalog", "/products?ids=1,2")]
    [InlineData("inventory", "/stock?productIds=1,2")]
    [InlineData("pricing", "/prices?productIds=1,2")]
    [InlineData("reviews", "/ratings?productIds=1,2")]
    [InlineData("recommendations", "/recommendations/products?productIds=1,2")]
    public async Task PublicReadsSendAStrongETagAndPublicCacheControlAndAnswer304WhenItMatches(string service, string url)
    {
        await using var running = await RunningService.StartAsync(service);

        using var first = await running.Client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await running.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheETagIsTheSameOnEveryStartAndDiffersWhenThePayloadDoes()
    {
        async Task<string?> EtagAsync(string url)
        {
            await using var pricing = await RunningService.StartAsync("pricing");
            using var response = await pricing.Client.GetAsync(new Uri(url, UriKind.Relative));
            return response.Headers.ETag?.Tag;
        }

        Assert.Equal(await EtagAsync("/prices?productIds=1,2"), await EtagAsync("/prices?productIds=1,2"));
        Assert.NotEqual(await EtagAsync("/prices?productIds=1,2"), await EtagAsync("/prices?productIds=1,3"));
    }

    [Fact]
    public async Task AStaleETagGetsTheFullBody()
    {
        await using var pricing = await RunningService.StartAsync("pricing");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/prices?productIds=1");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        using var response = await pricing.Client.SendAsync(request);

        Assert.Equal(1, (await response.ReadJsonAsync()).GetArrayLength());
    }

    [Fact]
    public async Task UserDataIsPrivateVariesByAuthorizationAndRevalidatesAfterAWrite()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-001");
        using var before = await client.GetAsync(new Uri("/cart", UriKind.Relative));
        Assert.True(before.Headers.CacheControl?.Private);
        Assert.Contains("Authorization", before.Headers.Vary);

        await (await client.PostAsync(new Uri("/cart/items", UriKind.Relative),
            new StringContent("""{"productId":"1","quantity":1}""", System.Text.Encoding.UTF8, "application/json"))).ReadJsonAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/cart");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
