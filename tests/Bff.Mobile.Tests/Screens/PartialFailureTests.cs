using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

/// <summary>A backend down fails only the fields that read it. In the shared collection: faults change a backend for everyone.</summary>
[Collection(MobileCollection.Name)]
public sealed class PartialFailureTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private static readonly object Variables = new { id = "314", imageWidth = 320 };

    [Fact]
    public async Task InventoryDownNullsOnlyTheAvailableFlag()
    {
        using var host = new MobileHost(demo, redis);
        await demo.SetFaultsAsync("Inventory", new { errorRate = 1 });
        try
        {
            var response = await host.PostAsync(AppOperations.Text("ProductDetail"), Variables);

            var error = Assert.Single(response.Errors());
            Assert.Equal("BACKEND_UNAVAILABLE", error.Code());
            Assert.Equal("inventory", error.Backend());
            Assert.Equal("product.available", error.PathText());
            var product = response.Data().GetProperty("product");
            Assert.Equal(JsonValueKind.Null, product.GetProperty("available").ValueKind);
            Assert.False(string.IsNullOrEmpty(product.GetProperty("name").GetString()));
            Assert.True(product.GetProperty("price").GetProperty("amount").GetDouble() > 0);
            Assert.Equal(JsonValueKind.Array, product.GetProperty("topReviews").ValueKind);
        }
        finally
        {
            await demo.ResetFaultsAsync("Inventory");
        }
    }

    [Fact]
    public async Task ReviewsDownNullsOnlyTheReviewFields()
    {
        using var host = new MobileHost(demo, redis);
        await demo.SetFaultsAsync("Reviews", new { errorRate = 1 });
        try
        {
            var response = await host.PostAsync(AppOperations.Text("ProductDetail"), Variables);

            Assert.Equal(["product.rating", "product.topReviews"], response.Errors().Select(e => e.PathText()).Order());
            Assert.All(response.Errors(), e => Assert.Equal("reviews", e.Backend()));
            var product = response.Data().GetProperty("product");
            Assert.Equal(JsonValueKind.Null, product.GetProperty("topReviews").ValueKind);
            Assert.False(string.IsNullOrEmpty(product.GetProperty("summary").GetString()));
        }
        finally
        {
            await demo.ResetFaultsAsync("Reviews");
        }
    }
}
