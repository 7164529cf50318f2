using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class CartAndCheckoutTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Cart = "totalQuantity items { productId quantity product { name price { amount } } }";

    [Fact]
    public async Task AProductAddedThenChangedThenRemovedLeavesTheCartAsItWas()
    {
        using var bff = new WebBff(demo, redis);
        var token = await demo.TokenForAsync("u-061");
        (await bff.QueryAsync("mutation { clearCart { totalQuantity } }", token: token)).NoErrors();

        var added = (await bff.QueryAsync($"mutation {{ addToCart(productId: \"42\", quantity: 2) {{ {Cart} }} }}", token: token)).NoErrors();
        var updated = (await bff.QueryAsync($"mutation {{ updateCartItem(productId: \"42\", quantity: 5) {{ {Cart} }} }}", token: token)).NoErrors();
        var removed = (await bff.QueryAsync($"mutation {{ removeFromCart(productId: \"42\") {{ {Cart} }} }}", token: token)).NoErrors();
        var read = (await bff.QueryAsync($"{{ cart {{ {Cart} }} }}", token: token)).NoErrors();

        var item = Assert.Single(added.Data().GetProperty("addToCart").GetProperty("items").EnumerateArray());
        Assert.Equal(("42", 2), (item.GetProperty("productId").GetString(), item.GetProperty("quantity").GetInt32()));
        Assert.True(item.GetProperty("product").GetProperty("price").GetProperty("amount").GetDouble() > 0);
        Assert.Equal(5, updated.Data().GetProperty("updateCartItem").GetProperty("totalQuantity").GetInt32());
        Assert.Equal(0, removed.Data().GetProperty("removeFromCart").GetProperty("totalQuantity").GetInt32());
        Assert.Empty(read.Data().GetProperty("cart").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task CheckingOutTwiceWithOneIdempotencyKeyPlacesOneOrder()
    {
        using var bff = new WebBff(demo, redis);
        var token = await demo.TokenForAsync("u-062");
        const string Orders = "{ orders(pageSize: 50) { totalCount items { id } } }";
        const string Place = """
            mutation($key: String!) {
              placeOrder(input: { lines: [{ productId: "42", quantity: 1 }], idempotencyKey: $key }) { id itemCount total }
            }
            """;
        var before = (await bff.QueryAsync(Orders, token: token)).NoErrors();
        var key = "web-checkout-" + Guid.NewGuid().ToString("N");

        var first = (await bff.QueryAsync(Place, new { key }, token)).NoErrors();
        var retry = (await bff.QueryAsync(Place, new { key }, token)).NoErrors();
        var after = (await bff.QueryAsync(Orders, token: token)).NoErrors();

        var id = first.Data().GetProperty("placeOrder").GetProperty("id").GetString();
        Assert.Equal(id, retry.Data().GetProperty("placeOrder").GetProperty("id").GetString());
        Assert.Equal(TotalOf(before) + 1, TotalOf(after));
        Assert.Single(after.Data().GetProperty("orders").GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task UserFieldsWithoutATokenAreUnauthenticatedWhileThePageIsServed()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("""
            { me { displayName addresses { city } } cart { totalQuantity } productPage(id: "7") { product { name } price { amount } } }
            """);

        Assert.Equal(["cart:UNAUTHENTICATED", "me:UNAUTHENTICATED"], response.Errors().Select(e => $"{e.PathText()}:{e.Code()}").Order());
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("productPage").GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, bff.Calls.CountOf("users") + bff.Calls.CountOf("cart"));
    }

    [Fact]
    public async Task TheSignedInUserSeesTheirAccountWithoutThePhoneNumberAndMarksANotificationRead()
    {
        using var bff = new WebBff(demo, redis);
        var token = await demo.TokenForAsync("u-063");

        var account = (await bff.QueryAsync("{ me { id displayName addresses { id isDefault } } orders(pageSize: 5) { totalCount items { id } } notifications(first: 5) { id read } }", token: token)).NoErrors().Data();
        var phone = await bff.QueryAsync("{ me { phone } }", token: token);
        var id = account.GetProperty("notifications")[0].GetProperty("id").GetString();
        var marked = (await bff.QueryAsync("mutation($id: ID!) { markNotificationRead(id: $id) }", new { id }, token)).NoErrors();

        Assert.Equal("u-063", account.GetProperty("me").GetProperty("id").GetString());
        Assert.NotEmpty(account.GetProperty("me").GetProperty("addresses").EnumerateArray());
        Assert.StartsWith("Cannot query field \"phone\" on type \"User\".", Assert.Single(phone.Errors()).GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(marked.Data().GetProperty("markNotificationRead").GetBoolean());
    }

    private static int TotalOf(System.Text.Json.JsonElement orders) => orders.Data().GetProperty("orders").GetProperty("totalCount").GetInt32();
}
