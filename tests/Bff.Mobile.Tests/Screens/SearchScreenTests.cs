using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class SearchScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task TheSearchScreenPagesByCursorWithFacetsAndCompactProducts()
    {
        using var host = new MobileHost(demo, redis);
        var search = AppOperations.Text("Search");

        var first = await PageAsync(host, search, new { query = "a", first = 5, imageWidth = 200 });
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await PageAsync(host, search, new { query = "a", first = 5, after, imageWidth = 200 });
        var both = await PageAsync(host, search, new { query = "a", first = 10, imageWidth = 200 });

        Assert.Equal(IdsOf(both), IdsOf(first).Concat(IdsOf(second)));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(first.GetProperty("totalCount").GetInt32() > 10);
        Assert.True(first.GetProperty("facets").GetProperty("brands").GetArrayLength() > 0);
        Assert.True(first.GetProperty("facets").GetProperty("categories").GetArrayLength() > 0);
        Assert.All(first.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.StartsWith("https://", e.GetProperty("node").GetProperty("imageUrl").GetString(), StringComparison.Ordinal);
            Assert.Contains(e.GetProperty("node").GetProperty("available").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        });
    }

    [Fact]
    public async Task AFacetNarrowsTheSearchToThatBrand()
    {
        using var host = new MobileHost(demo, redis);
        var search = AppOperations.Text("Search");
        var all = await PageAsync(host, search, new { query = "a", imageWidth = 200 });
        var brand = all.GetProperty("facets").GetProperty("brands")[0];

        var narrowed = await PageAsync(host, search, new { query = "a", brand = brand.GetProperty("value").GetString(), imageWidth = 200 });

        Assert.Equal(brand.GetProperty("count").GetInt32(), narrowed.GetProperty("totalCount").GetInt32());
        Assert.All(narrowed.GetProperty("edges").EnumerateArray(), e =>
            Assert.Equal(brand.GetProperty("value").GetString(), e.GetProperty("node").GetProperty("brand").GetString()));
    }

    [Fact]
    public async Task InProductionTheSearchScreenRunsByIdOverGetAsAPublicCacheableResponse()
    {
        using var host = new MobileHost(demo, redis, "Production");

        using var response = await host.Http.SendAsync(MobileHost.GetById(AppOperations.Id("Search"), new { query = "a", first = 3, imageWidth = 200 }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, body.NoErrors().Data().GetProperty("searchProducts").GetProperty("edges").GetArrayLength());
        // The shortest hint it touched is the available flag's (stock, 5 s); nothing in it is the user's.
        Assert.Equal("public, max-age=5", response.Headers.CacheControl!.ToString());
    }

    private static async Task<JsonElement> PageAsync(MobileHost host, string search, object variables) =>
        (await host.PostAsync(search, variables)).NoErrors().Data().GetProperty("searchProducts");

    private static string?[] IdsOf(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString())];
}
