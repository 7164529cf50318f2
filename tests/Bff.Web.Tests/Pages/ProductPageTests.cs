using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class ProductPageTests(DemoBackendsProcess demo, RedisFixture redis)
{
    internal const string Query = """
        query($id: ID!) {
          productPage(id: $id) {
            product { id name brand category { name } images { variants { size url } } }
            price { amount listPrice currency }
            stock { totalQuantity inStock stores { storeId quantity store { name city } } }
            rating { average count distribution { one five } }
            reviews(first: 3) { totalCount items { authorName rating title createdAt } }
            recommendations(first: 4) { score product { id name price { amount } stock { inStock } } }
          }
        }
        """;

    [Fact]
    public async Task TheProductPageOfAKnownProductHasEveryPart()
    {
        using var bff = new WebBff(demo, redis);

        var page = (await bff.QueryAsync(Query, new { id = "42" })).NoErrors().Data().GetProperty("productPage");

        Assert.Equal("42", page.GetProperty("product").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(page.GetProperty("product").GetProperty("name").GetString()));
        Assert.True(page.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        var stores = page.GetProperty("stock").GetProperty("stores").EnumerateArray().ToArray();
        Assert.NotEmpty(stores);
        Assert.All(stores, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("store").GetProperty("name").GetString())));
        Assert.Equal(stores.Sum(s => s.GetProperty("quantity").GetInt32()), page.GetProperty("stock").GetProperty("totalQuantity").GetInt32());
        Assert.InRange(page.GetProperty("rating").GetProperty("average").GetDouble(), 1, 5);
        var reviews = page.GetProperty("reviews");
        Assert.InRange(reviews.GetProperty("items").GetArrayLength(), 1, 3);
        Assert.True(reviews.GetProperty("totalCount").GetInt32() >= reviews.GetProperty("items").GetArrayLength());
        var recommendations = page.GetProperty("recommendations").EnumerateArray().ToArray();
        Assert.Equal(4, recommendations.Length);
        Assert.All(recommendations, r => Assert.True(r.GetProperty("product").GetProperty("price").GetProperty("amount").GetDouble() > 0));
        Assert.All(recommendations, r => Assert.Equal(JsonValueKind.Object, r.GetProperty("product").GetProperty("stock").ValueKind));
    }

    [Fact]
    public async Task TheSecondProductPageIsServedFromTheCacheWithoutBackendCalls()
    {
        using var bff = new WebBff(demo, redis);

        (await bff.QueryAsync(Query, new { id = "77" })).NoErrors();
        var cold = bff.Calls.Calls;
        bff.Calls.Clear();
        (await bff.QueryAsync(Query, new { id = "77" })).NoErrors();

        Assert.Equal([], bff.Calls.Calls);
        Assert.Equal(["catalog", "inventory", "pricing", "recommendations", "reviews"], cold.Select(c => c.Split(' ')[0]).Distinct().Order());
        // One batch per backend and level: the page's product, then its recommended products (engine limit 1 in
        // shared/Bff.Domains/README.md may split a second-level batch, hence a bound rather than an exact list).
        Assert.True(cold.Count <= 12, string.Join('\n', cold));
    }

    [Theory]
    [InlineData("../..")]
    [InlineData("%2e%2E")]
    [InlineData("1000000000")]
    public async Task AnIdThatIsNotAProductIdIsAFieldErrorAndNoBackendCall(string id)
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync(Query, new { id });

        var error = Assert.Single(response.Errors());
        Assert.Equal(("BAD_USER_INPUT", "productPage"), (error.Code(), error.PathText()));
        Assert.DoesNotContain(id, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal([], bff.Calls.Calls);
    }
}
