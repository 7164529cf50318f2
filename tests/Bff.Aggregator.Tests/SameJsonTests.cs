using System.Net;
using System.Text.Json;
using Bff.Aggregator.Tests.Support;

namespace Bff.Aggregator.Tests;

/// <summary>
/// The aggregator answers each screen with the JSON the BFF answers for it (compared parsed: same fields, same values
/// as numbers, same nulls), so that bench/run.sh compares like with like and a schema change that makes them differ
/// fails here.
/// </summary>
[Collection(ScreensCollection.Name)]
public sealed class SameJsonTests(ScreensFixture screens)
{
    [Theory]
    [InlineData("42")]
    [InlineData("1")]
    [InlineData("4999")]
    public async Task TheProductDetailScreenIsBffMobilesProductDetail(string id)
    {
        var bff = await PostAsync(screens.Mobile.Http, BenchQueries.MobileOperation("ProductDetail"), new { id, imageWidth = 300, density = 2.0, summaryLength = 80 });
        var aggregator = await GetAsync($"/screens/product-detail/{id}?imageWidth=300&density=2&summaryLength=80");

        AssertSame(bff, aggregator);
    }

    [Fact]
    public async Task TheProductDetailScreenFollowsTheDeviceAndTheSummaryLength()
    {
        var bff = await PostAsync(screens.Mobile.Http, BenchQueries.MobileOperation("ProductDetail"), new { id = "7", imageWidth = 1200, density = 1.0, summaryLength = 20 });
        var aggregator = await GetAsync("/screens/product-detail/7?imageWidth=1200&density=1&summaryLength=20");

        AssertSame(bff, aggregator);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("2")]
    [InlineData("4998")]
    public async Task TheProductPageIsBffWebsProductPage(string id)
    {
        var bff = await PostAsync(screens.Web.Http, BenchQueries.ProductPage, new { id });
        var aggregator = await GetAsync($"/screens/product-page/{id}");

        AssertSame(bff, aggregator);
    }

    [Theory]
    [InlineData("41,42,43,44,45,46,47,48,49,50")]
    [InlineData("3,3,4999,9")]
    public async Task TheProductListIsBffMobilesRecentlyViewed(string ids)
    {
        var bff = await PostAsync(screens.Mobile.Http, BenchQueries.MobileOperation("RecentlyViewed"), new { ids = ids.Split(','), imageWidth = 160, density = 2.0 });
        var aggregator = await GetAsync($"/screens/product-list?ids={ids}&imageWidth=160&density=2");

        AssertSame(bff, aggregator);
    }

    [Theory]
    [InlineData("/screens/product-list?ids=")]
    [InlineData("/screens/product-detail/42?imageWidth=0")]
    [InlineData("/screens/product-detail/42?density=9")]
    [InlineData("/screens/product-detail/42?summaryLength=5")]
    public async Task BadInputIsA400BeforeAnyBackendCall(string path)
    {
        using var response = await screens.Aggregator.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MoreIdsThanTheBffsTakeIsA400()
    {
        var ids = string.Join(',', Enumerable.Range(1, 101));

        using var response = await screens.Aggregator.GetAsync(new Uri($"/screens/product-list?ids={ids}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void AssertSame(JsonElement bff, JsonElement aggregator)
    {
        Assert.False(bff.TryGetProperty("errors", out var errors), $"the BFF answered with errors: {errors}");
        Assert.True(JsonElement.DeepEquals(bff, aggregator), $"BFF:        {bff}\naggregator: {aggregator}");
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var response = await screens.Aggregator.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(HttpClient bff, string query, object variables)
    {
        using var request = GraphQLPost.Create(query, variables);
        using var response = await bff.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await GraphQLPost.ReadAsync(response);
    }
}
