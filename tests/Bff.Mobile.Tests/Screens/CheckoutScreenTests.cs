using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class CheckoutScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task CheckoutChangesTheCartAndARetriedPlaceOrderWithTheSameKeyOrdersOnce()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-091");
        (await host.PostAsync(AppOperations.Text("AddToCart"), new { productId = "301" }, token)).NoErrors();
        (await host.PostAsync(AppOperations.Text("AddToCart"), new { productId = "302" }, token)).NoErrors();

        var updated = (await host.PostAsync(AppOperations.Text("UpdateCartItem"), new { productId = "301", quantity = 4 }, token)).NoErrors();
        var removed = (await host.PostAsync(AppOperations.Text("RemoveFromCart"), new { productId = "302" }, token)).NoErrors();
        var cart = (await host.PostAsync(AppOperations.Text("Cart"), new { imageWidth = 100 }, token)).NoErrors().Data().GetProperty("cart");

        Assert.Equal(4, QuantityOf(updated.Data().GetProperty("updateCartItem"), "301"));
        Assert.Null(QuantityOf(removed.Data().GetProperty("removeFromCart"), "302"));
        Assert.Equal(4, QuantityOf(cart, "301"));
        Assert.Null(QuantityOf(cart, "302"));

        var before = await BackendOrderCountAsync(token);
        var order = new { lines = new[] { new { productId = "301", quantity = 4 } }, idempotencyKey = "app-" + Guid.NewGuid().ToString("N") };
        var placed = (await host.PostAsync(AppOperations.Text("PlaceOrder"), order, token)).NoErrors().Data().GetProperty("placeOrder");
        var retried = (await host.PostAsync(AppOperations.Text("PlaceOrder"), order, token)).NoErrors().Data().GetProperty("placeOrder");

        Assert.Equal(placed.GetProperty("id").GetString(), retried.GetProperty("id").GetString());
        Assert.Equal(4, placed.GetProperty("itemCount").GetInt32());
        Assert.Equal(before + 1, await BackendOrderCountAsync(token));
        var tracked = (await host.PostAsync(AppOperations.Text("OrderTracking"), new { id = placed.GetProperty("id").GetString() }, token))
            .NoErrors().Data().GetProperty("order");
        Assert.Equal("301", Assert.Single(tracked.GetProperty("lines").EnumerateArray()).GetProperty("productId").GetString());
    }

    [Fact]
    public async Task APlaceOrderWithAKeyOfTheWrongShapeIsRefusedBeforeTheOrdersService()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-093");

        var response = await host.PostAsync(
            AppOperations.Text("PlaceOrder"), new { lines = new[] { new { productId = "5", quantity = 1 } }, idempotencyKey = "../x" }, token);

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Equal(0, host.Calls.CountOf("orders"));
    }

    [Theory]
    [InlineData("UpdateCartItem")]
    [InlineData("RemoveFromCart")]
    [InlineData("PlaceOrder")]
    public async Task InProductionTheCheckoutMutationsRunByIdAndNeedASignedInUser(string operation)
    {
        using var host = new MobileHost(demo, redis, "Production");
        var variables = new { productId = "301", quantity = 1, lines = new[] { new { productId = "301", quantity = 1 } }, idempotencyKey = "prod-check-1" };

        using var response = await host.Http.PostAsJsonAsync("/graphql", new { id = AppOperations.Id(operation), variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        // Found and run (not PERSISTED_QUERY_NOT_FOUND), and stopped at the user check before any backend call.
        Assert.Equal("UNAUTHENTICATED", Assert.Single(body.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    private static int? QuantityOf(JsonElement cart, string productId) =>
        cart.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("productId").GetString() == productId)
            .Select(i => (int?)i.GetProperty("quantity").GetInt32())
            .SingleOrDefault();

    private async Task<int> BackendOrderCountAsync(string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.UrlOf("Orders"), "/orders?pageSize=1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("totalCount").GetInt32();
    }
}
