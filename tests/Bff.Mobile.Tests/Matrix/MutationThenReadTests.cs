using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// The app's writes then its screens: the cart screen after each cart change shows the change, not the cart cached
/// before it; a placed order is on the order tracking screen and in the orders; a retried checkout is one order.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class MutationThenReadTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task TheCartScreenShowsEachChangeOfTheCart()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-087");
        await demo.EnsureCartAsync(token);
        // Cached empty before the first change.
        Assert.Empty(await CartScreenAsync(host, token));

        (await host.PostAsync(AppOperations.Text("AddToCart"), new { productId = "42", quantity = 2 }, token)).NoErrors();
        Assert.Equal([("42", 2)], await CartScreenAsync(host, token));
        (await host.PostAsync(AppOperations.Text("AddToCart"), new { productId = "43" }, token)).NoErrors();
        Assert.Equal([("42", 2), ("43", 1)], await CartScreenAsync(host, token));
        (await host.PostAsync("mutation { updateCartItem(productId: \"42\", quantity: 4) { totalQuantity } }", token: token)).NoErrors();
        Assert.Equal([("42", 4), ("43", 1)], await CartScreenAsync(host, token));
        (await host.PostAsync("mutation { removeFromCart(productId: \"43\") { totalQuantity } }", token: token)).NoErrors();
        Assert.Equal([("42", 4)], await CartScreenAsync(host, token));

        // Each read after a change came from the cart the change returned: the only cart calls were the first read and the writes.
        Assert.Equal(5, host.Calls.CountOf("cart"));
    }

    [Fact]
    public async Task APlacedOrderIsOnTheTrackingScreenAndARetryIsTheSameOrder()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-088");
        const string Orders = "{ orders(pageSize: 3) { totalCount items { id } } }";
        const string Place = """
            mutation($key: String!) { placeOrder(input: { lines: [{ productId: "77", quantity: 3 }], idempotencyKey: $key }) { id itemCount } }
            """;
        var before = (await host.PostAsync(Orders, token: token)).NoErrors().Data().GetProperty("orders");
        var onTheService = await demo.OrderCountAsync(token);
        var key = "mobile-matrix-" + Guid.NewGuid().ToString("N");

        var placed = (await host.PostAsync(Place, new { key }, token)).NoErrors().Data().GetProperty("placeOrder");
        var id = placed.GetProperty("id").GetString();
        var tracking = (await host.PostAsync(AppOperations.Text("OrderTracking"), new { id }, token)).NoErrors().Data().GetProperty("order");
        var after = (await host.PostAsync(Orders, token: token)).NoErrors().Data().GetProperty("orders");
        var retried = (await host.PostAsync(Place, new { key }, token)).NoErrors().Data().GetProperty("placeOrder");

        Assert.Equal((id, 3), (tracking.GetProperty("id").GetString(), tracking.GetProperty("itemCount").GetInt32()));
        Assert.Equal("77", tracking.GetProperty("lines")[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal(before.GetProperty("totalCount").GetInt32() + 1, after.GetProperty("totalCount").GetInt32());
        Assert.Equal(id, after.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(id, retried.GetProperty("id").GetString());
        Assert.Equal(onTheService + 1, await demo.OrderCountAsync(token));
    }

    private static async Task<(string, int)[]> CartScreenAsync(MobileHost host, string token) =>
        [.. (await host.PostAsync(AppOperations.Text("Cart"), new { imageWidth = 100 }, token)).NoErrors().Data()
            .GetProperty("cart").GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("productId").GetString()!, i.GetProperty("quantity").GetInt32()))];
}
