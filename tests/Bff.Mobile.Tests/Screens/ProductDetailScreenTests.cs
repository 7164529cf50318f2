using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class ProductDetailScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string ProductId = "42";

    [Fact]
    public async Task TheProductScreenIsShapedForTheDeviceFromTheBackendsData()
    {
        using var host = new MobileHost(demo, redis);
        using var http = new HttpClient();
        var product = await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Catalog"), $"/products/{ProductId}"));
        var stock = await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Inventory"), $"/stock/{ProductId}"));

        var screen = (await host.PostAsync(AppOperations.Text("ProductDetail"), new { id = ProductId, imageWidth = 300, density = 2.0, summaryLength = 60 }))
            .NoErrors().Data().GetProperty("product");

        Assert.Equal(product.GetProperty("name").GetString(), screen.GetProperty("name").GetString());
        Assert.Equal(SmallestVariantAtLeast(product, 600), screen.GetProperty("imageUrl").GetString());
        Assert.Equal(stock.GetProperty("inStock").GetBoolean(), screen.GetProperty("available").GetBoolean());
        var summary = screen.GetProperty("summary").GetString()!;
        var description = product.GetProperty("description").GetString()!;
        Assert.True(summary.Length <= 60, summary);
        Assert.True(summary == description || (summary.EndsWith('…') && description.StartsWith(summary.TrimEnd('…'), StringComparison.Ordinal)), summary);
        Assert.True(screen.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.Equal(4, screen.GetProperty("similar").GetArrayLength());
    }

    [Fact]
    public async Task TopReviewsAreTheThreeLatestReviewsOfTheProduct()
    {
        using var host = new MobileHost(demo, redis);

        var product = (await host.PostAsync(
            $$"""{ product(id: "{{ProductId}}") { topReviews { id } reviews(first: 3) { totalCount items { id } } } }""")).NoErrors().Data().GetProperty("product");

        var top = product.GetProperty("topReviews").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var latest = product.GetProperty("reviews").GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(Math.Min(3, product.GetProperty("reviews").GetProperty("totalCount").GetInt32()), top.Count);
        Assert.Equal(latest, top);
    }

    [Fact]
    public async Task AWarmProductScreenCallsNoBackend()
    {
        using var host = new MobileHost(demo, redis);
        var variables = new { id = "77", imageWidth = 320 };

        (await host.PostAsync(AppOperations.Text("ProductDetail"), variables)).NoErrors();
        var cold = host.Calls.Calls;
        host.Calls.Clear();
        (await host.PostAsync(AppOperations.Text("ProductDetail"), variables)).NoErrors();

        // Cold: one batch per level and backend: the product; its price, stock, rating, reviews and similar items;
        // the similar products and their prices (the engine may split that last price batch in two, README of Bff.Domains).
        Assert.Equal(
            ["catalog GET /products", "inventory GET /stock", "pricing GET /prices", "recommendations GET /recommendations/products",
             "reviews GET /ratings", "reviews GET /reviews"],
            cold.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(2, cold.Count(c => c == "catalog GET /products"));
        Assert.InRange(cold.Count(c => c == "pricing GET /prices"), 1, 2);
        Assert.Equal(1, cold.Count(c => c == "inventory GET /stock"));
        // Warm: everything from the cache.
        Assert.Empty(host.Calls.Calls);
    }

    [Theory]
    [InlineData("../..")]
    [InlineData("..%2F..%2Fcart")]
    [InlineData("1000000000")]
    public async Task AnIdThatIsNotAProductIdIsAFieldErrorAndNoBackendCall(string id)
    {
        using var host = new MobileHost(demo, redis);

        var response = await host.PostAsync(AppOperations.Text("ProductDetail"), new { id, imageWidth = 320 });

        var error = Assert.Single(response.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("product", error.PathText());
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty("product").ValueKind);
        Assert.Empty(host.Calls.Calls);
    }

    [Theory]
    [InlineData("imageUrl(width: 0)", "width")]
    [InlineData("imageUrl(width: 300, density: 9)", "density")]
    [InlineData("summary(maxLength: 5)", "maxLength")]
    public async Task AShapingArgumentOutOfRangeIsABadUserInputOnThatField(string field, string argument)
    {
        using var host = new MobileHost(demo, redis);

        var response = await host.PostAsync($$"""{ product(id: "{{ProductId}}") { name {{field}} } }""");

        var error = Assert.Single(response.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains(argument, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("product").GetProperty("name").GetString()));
    }

    private static string SmallestVariantAtLeast(JsonElement product, int pixels) => product.GetProperty("images")[0].GetProperty("variants")
        .EnumerateArray().Where(v => v.GetProperty("width").GetInt32() >= pixels).MinBy(v => v.GetProperty("width").GetInt32())
        .GetProperty("url").GetString()!;
}
