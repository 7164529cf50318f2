using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Reviews;

[Collection(DomainsCollection.Name)]
public sealed class ProductExtensionsTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Query = """
        query($ids: [ID!]!) {
          products(ids: $ids) {
            id
            rating { average count distribution { five } }
            reviews(first: 2) { totalCount items { rating createdAt } }
            recommendations(first: 3) { score product { id name price { amount } } }
          }
        }
        """;

    private static readonly string[] Ids = ["61", "62", "63", "64", "65"];

    [Fact]
    public async Task RatingReviewsAndRecommendationsOfAListCostOneBatchCallEachAndTheRecommendedProductsOneMore()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = (await host.QueryAsync(Query, new { ids = Ids })).NoErrors();

        var products = response.Data().GetProperty("products").EnumerateArray().ToArray();
        Assert.All(products, p => Assert.InRange(p.GetProperty("reviews").GetProperty("items").GetArrayLength(), 0, 2));
        Assert.All(products, p => Assert.Equal(3, p.GetProperty("recommendations").GetArrayLength()));
        Assert.Equal(1, host.Calls.Calls.Count(c => c == "reviews GET /ratings"));
        Assert.Equal(1, host.Calls.Calls.Count(c => c == "reviews GET /reviews"));
        Assert.Equal(1, host.Calls.Calls.Count(c => c == "recommendations GET /recommendations/products"));
        // The listed products, then the recommended ones (loaded with the recommendations), then their prices.
        Assert.Equal(2, host.Calls.CountOf("catalog"));
        Assert.Equal(1, host.Calls.CountOf("pricing"));
    }

    [Fact]
    public async Task ReviewsFirstSlicesOneCachedEntryPerProduct()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var two = (await host.QueryAsync("{ product(id: \"70\") { reviews(first: 2) { totalCount items { title } } } }")).NoErrors();
        host.Calls.Clear();

        var five = (await host.QueryAsync("{ product(id: \"70\") { reviews(first: 5) { totalCount items { title } } } }")).NoErrors();

        var total = five.Data().GetProperty("product").GetProperty("reviews").GetProperty("totalCount").GetInt32();
        Assert.Equal(Math.Min(5, total), five.Data().GetProperty("product").GetProperty("reviews").GetProperty("items").GetArrayLength());
        Assert.Equal(Math.Min(2, total), two.Data().GetProperty("product").GetProperty("reviews").GetProperty("items").GetArrayLength());
        Assert.Empty(host.Calls.Calls);
    }
}
