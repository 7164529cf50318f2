using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class PartialFailureTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    // Whatever a test did to the backends, the next test finds them healthy.
    public async Task DisposeAsync()
    {
        await demo.ResetFaultsAsync("Pricing");
        await demo.ResetFaultsAsync("Reviews");
    }

    [Fact]
    public async Task PricingDownNullsOnlyThePricesOfTheProductPage()
    {
        using var bff = new WebBff(demo, redis);
        await demo.SetFaultsAsync("Pricing", new { errorRate = 1.0 });

        var response = await bff.QueryAsync(ProductPageTests.Query, new { id = "91" });

        var page = response.Data().GetProperty("productPage");
        Assert.Equal(JsonValueKind.Null, page.GetProperty("price").ValueKind);
        Assert.All(page.GetProperty("recommendations").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("product").GetProperty("price").ValueKind));
        Assert.NotEmpty(page.GetProperty("stock").GetProperty("stores").EnumerateArray());
        Assert.NotEmpty(page.GetProperty("reviews").GetProperty("items").EnumerateArray());
        Assert.All(page.GetProperty("recommendations").EnumerateArray(), r => Assert.Equal(JsonValueKind.Object, r.GetProperty("product").GetProperty("stock").ValueKind));
        Assert.Equal(5, response.Errors().Length);
        Assert.All(response.Errors(), e => Assert.Equal(("BACKEND_UNAVAILABLE", "pricing"), (e.Code(), e.Backend())));
        Assert.Contains(response.Errors(), e => e.PathText() == "productPage.price");
    }

    [Fact]
    public async Task ReviewsDownNullsOnlyTheRatingAndReviews()
    {
        using var bff = new WebBff(demo, redis);
        await demo.SetFaultsAsync("Reviews", new { errorRate = 1.0 });

        var response = await bff.QueryAsync(ProductPageTests.Query, new { id = "92" });

        var page = response.Data().GetProperty("productPage");
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (page.GetProperty("rating").ValueKind, page.GetProperty("reviews").ValueKind));
        Assert.True(page.GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.Equal(["productPage.rating", "productPage.reviews"], response.Errors().Select(e => e.PathText()).Order());
        Assert.All(response.Errors(), e => Assert.Equal(("BACKEND_UNAVAILABLE", "reviews"), (e.Code(), e.Backend())));
    }
}
