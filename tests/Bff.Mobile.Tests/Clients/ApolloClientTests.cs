using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Clients;

/// <summary>
/// A real Apollo Client 4 under Node, with its persisted-queries link (SHA-256) and GET for hashed queries, against
/// bff-mobile in Development (Automatic Persisted Queries on), running the app's own operations.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class ApolloClientTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string ProductId = "42";
    private static readonly object ProductVariables = new { id = ProductId, imageWidth = 300 };

    [Fact]
    public async Task TheProductScreenIsRegisteredByApollosRetryAndAFreshClientThenRunsItByHashOverGet()
    {
        using var host = new MobileHost(demo, redis);
        var expected = await CatalogProductAsync();

        var run = await ApolloClientScript.RunPlanAsync(Endpoint(host),
        [
            new("first", AppOperations.Text("ProductDetail"), ProductVariables),
            new("second", AppOperations.Text("ProductDetail"), ProductVariables),
        ]);

        var exchanges = run.Exchanges;
        Assert.True(exchanges.Count == 3, run.ToString());
        var (miss, register, hit) = (exchanges[0], exchanges[1], exchanges[2]);
        Assert.Equal(("GET", false, "PERSISTED_QUERY_NOT_FOUND"), (miss.Method, miss.SentQuery, miss.ErrorCode));
        // Apollo 4 sends the retry that carries the text as a POST; the fresh client's GET then carries the hash only.
        Assert.Equal(("POST", true, 200), (register.Method, register.SentQuery, register.Status));
        Assert.Equal(("GET", false, 200, null), (hit.Method, hit.SentQuery, hit.Status, hit.ErrorCode));
        Assert.Equal(HashOf(miss.Url), HashOf(hit.Url));
        foreach (var step in new[] { "first", "second" })
        {
            Assert.Equal(JsonValueKind.Null, run[step].GetProperty("error").ValueKind);
            var product = run[step].GetProperty("data").GetProperty("product");
            Assert.Equal((ProductId, expected.GetProperty("name").GetString()), (product.GetProperty("id").GetString(), product.GetProperty("name").GetString()));
            Assert.Equal(expected.GetProperty("brand").GetString(), product.GetProperty("brand").GetString());
            Assert.Equal(4, product.GetProperty("similar").GetArrayLength());
        }

        Assert.Equal(run["first"].GetProperty("data").GetRawText(), run["second"].GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task AddToCartWithTheUsersTokenGoesAsAPostEvenWithGetForHashedQueries()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-021");

        var run = await ApolloClientScript.RunPlanAsync(Endpoint(host),
        [
            new("add", AppOperations.Text("AddToCart"), new { productId = "77", quantity = 2 }, token),
        ]);

        Assert.Equal(JsonValueKind.Null, run["add"].GetProperty("error").ValueKind);
        var items = run["add"].GetProperty("data").GetProperty("addToCart").GetProperty("items").EnumerateArray();
        Assert.Contains(items, i => i.GetProperty("productId").GetString() == "77" && i.GetProperty("quantity").GetInt32() >= 2);
        // Hash only first, then (not found) with the text: both POST, as the link never sends a mutation as GET.
        var exchanges = run.Exchanges;
        Assert.True(exchanges.Count == 2, run.ToString());
        Assert.All(exchanges, e => Assert.Equal("POST", e.Method));
        Assert.Equal((false, "PERSISTED_QUERY_NOT_FOUND"), (exchanges[0].SentQuery, exchanges[0].ErrorCode));
        Assert.Equal((true, 200), (exchanges[1].SentQuery, exchanges[1].Status));
        // The cart service has the item for that user: the token went along.
        var cart = (await host.PostAsync(AppOperations.Text("Cart"), new { imageWidth = 100 }, token)).NoErrors().Data().GetProperty("cart");
        Assert.Contains(cart.GetProperty("items").EnumerateArray(), i => i.GetProperty("productId").GetString() == "77");
    }

    [Fact]
    public async Task TheDeferredScreensHashedGetIsNotCachedButTheSameGetAsPlainJsonIsAndRevalidatesTo304()
    {
        using var host = new MobileHost(demo, redis);

        var run = await ApolloClientScript.RunPlanAsync(Endpoint(host),
        [
            new("first", AppOperations.Text("ProductDetail"), ProductVariables),
            new("second", AppOperations.Text("ProductDetail"), ProductVariables),
        ]);

        var miss = run.Exchanges[0];
        var hit = run.Exchanges[^1];
        // A miss must not be kept by a CDN; nor the hit, which Apollo asks for in multipart parts (the screen defers).
        Assert.Equal(("GET", "no-store"), (miss.Method, miss.CacheControl));
        Assert.Equal(("GET", 200, "no-store", null), (hit.Method, hit.Status, hit.CacheControl, hit.ETag));

        // The same URL as one JSON body (a client that does not read parts) carries the screen's shortest hint (the
        // stock flag's 5 s) and an ETag, and revalidates to an empty 304.
        using var whole = await host.Http.SendAsync(PlainGet(hit.Url));
        var etag = whole.Headers.ETag?.Tag;
        Assert.Equal((200, "public, max-age=5"), ((int)whole.StatusCode, whole.Headers.CacheControl?.ToString()));
        Assert.False(string.IsNullOrEmpty(etag));
        using var conditional = PlainGet(hit.Url);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var revalidated = await host.Http.SendAsync(conditional);
        Assert.Equal((304, etag), ((int)revalidated.StatusCode, revalidated.Headers.ETag?.Tag));
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    private static HttpRequestMessage PlainGet(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return request;
    }

    private static Uri Endpoint(MobileHost host) => new(host.Http.BaseAddress!, "/graphql");

    private static string? HashOf(string url)
    {
        var extensions = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(url).Query)["extensions"].ToString();
        using var json = JsonDocument.Parse(extensions);
        return json.RootElement.GetProperty("persistedQuery").GetProperty("sha256Hash").GetString();
    }

    private async Task<JsonElement> CatalogProductAsync()
    {
        using var http = new HttpClient();
        return await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Catalog"), $"/products/{ProductId}"));
    }
}
