using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// Writes then reads through the cache, on two instances sharing Redis: a read after a cart change shows the change
/// (never the cart cached before it), on the instance that wrote and on the other one; a placed order is in the next
/// orders read; a retried checkout returns the same order and the orders service holds one.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class MutationThenReadTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Cart = "{ cart { totalQuantity items { productId quantity product { id name } } } }";

    [Fact]
    public async Task EachCartChangeIsWhatTheNextReadShowsOnBothInstances()
    {
        var token = await demo.TokenForAsync("u-093");
        await demo.EnsureCartAsync(token);
        var prefix = new Dictionary<string, string?> { ["Caching:KeyPrefix"] = "wm" + Guid.NewGuid().ToString("N") };
        using var writer = new WebBff(demo, redis, prefix);
        using var other = new WebBff(demo, redis, prefix);
        // Both instances hold the empty cart in memory before the first change.
        Assert.Empty(Items(await writer.QueryAsync(Cart, token: token)));
        Assert.Empty(Items(await other.QueryAsync(Cart, token: token)));

        await Mutate(writer, token, "addToCart(productId: \"42\", quantity: 2)");
        await AssertBothReadAsync(writer, other, token, [("42", 2)]);
        await Mutate(writer, token, "addToCart(productId: \"43\")");
        await AssertBothReadAsync(writer, other, token, [("42", 2), ("43", 1)]);
        await Mutate(other, token, "updateCartItem(productId: \"42\", quantity: 5)");
        await AssertBothReadAsync(other, writer, token, [("42", 5), ("43", 1)]);
        await Mutate(writer, token, "removeFromCart(productId: \"42\")");
        await AssertBothReadAsync(writer, other, token, [("43", 1)]);
        await Mutate(other, token, "clearCart");
        await AssertBothReadAsync(other, writer, token, []);
    }

    [Fact]
    public async Task APlacedOrderIsInTheNextOrdersReadAndARetryReturnsTheSameOrder()
    {
        var token = await demo.TokenForAsync("u-094");
        await demo.EnsureCartAsync(token, ("42", 1), ("43", 2), ("44", 1));
        using var bff = new WebBff(demo, redis);
        const string Orders = "{ orders(pageSize: 5) { totalCount items { id itemCount } } }";
        const string Place = """
            mutation($key: String!) {
              placeOrder(input: { lines: [{ productId: "42", quantity: 1 }, { productId: "43", quantity: 2 }], idempotencyKey: $key }) {
                id itemCount lines { productId quantity product { name } }
              }
            }
            """;
        // Cached before the order: the reads after it must not be these.
        var before = (await bff.QueryAsync(Orders, token: token)).NoErrors().Data().GetProperty("orders");
        Assert.Equal([("42", 1), ("43", 2), ("44", 1)], Items(await bff.QueryAsync(Cart, token: token)));
        var onTheService = await demo.OrderCountAsync(token);
        var key = "matrix-" + Guid.NewGuid().ToString("N");

        var placed = (await bff.QueryAsync(Place, new { key }, token)).NoErrors().Data().GetProperty("placeOrder");
        // The checkout took the ordered products out of the cart and forgot the cached one; what was not ordered stays.
        var ordersAfter = (await bff.QueryAsync(Orders, token: token)).NoErrors().Data().GetProperty("orders");
        var cartAfter = Items(await bff.QueryAsync(Cart, token: token));
        var retried = (await bff.QueryAsync(Place, new { key }, token)).NoErrors().Data().GetProperty("placeOrder");

        var id = placed.GetProperty("id").GetString();
        Assert.Equal(3, placed.GetProperty("itemCount").GetInt32());
        Assert.All(placed.GetProperty("lines").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("product").GetProperty("name").GetString())));
        Assert.Equal(before.GetProperty("totalCount").GetInt32() + 1, ordersAfter.GetProperty("totalCount").GetInt32());
        Assert.Equal(id, ordersAfter.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal([("44", 1)], cartAfter);
        Assert.Equal(id, retried.GetProperty("id").GetString());
        Assert.Equal(onTheService + 1, await demo.OrderCountAsync(token));
        Assert.Equal(id, (await demo.LatestOrderAsync(token)).GetProperty("id").GetString());
    }

    private static async Task Mutate(WebBff bff, string token, string field) =>
        (await bff.QueryAsync($"mutation {{ {field} {{ totalQuantity }} }}", token: token)).NoErrors();

    private static async Task AssertBothReadAsync(WebBff writer, WebBff other, string token, (string, int)[] expected)
    {
        writer.Calls.Clear();
        Assert.Equal(expected, Items(await writer.QueryAsync(Cart, token: token)));
        // The writer's own read comes from the cart the change returned, written over the cached one.
        Assert.Equal(0, writer.Calls.CountOf("cart"));
        // The other instance's memory copy is evicted through the backplane, a moment after the write.
        await Eventually.TrueAsync(async () => Items(await other.QueryAsync(Cart, token: token)).SequenceEqual(expected));
    }

    private static (string, int)[] Items(JsonElement response) =>
        [.. response.NoErrors().Data().GetProperty("cart").GetProperty("items").EnumerateArray()
            .Select(i => (i.GetProperty("productId").GetString()!, i.GetProperty("quantity").GetInt32()))];
}
