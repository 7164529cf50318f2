using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Cart;

[Collection(DomainsCollection.Name)]
public sealed class CartTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string ReadCart = "{ cart { totalQuantity items { productId quantity product { name } } } }";

    [Fact]
    public async Task AddingToTheCartShowsInTheNextCartReadThoughTheCartWasCached()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-031");
        (await host.QueryAsync("mutation { clearCart { totalQuantity } }", token: token)).NoErrors();
        var empty = (await host.QueryAsync(ReadCart, token: token)).NoErrors();

        var added = (await host.QueryAsync("mutation { addToCart(productId: \"42\", quantity: 2) { totalQuantity } }", token: token)).NoErrors();
        host.Calls.Clear();
        var read = (await host.QueryAsync(ReadCart, token: token)).NoErrors();

        Assert.Equal(0, empty.Data().GetProperty("cart").GetProperty("totalQuantity").GetInt32());
        Assert.Equal(2, added.Data().GetProperty("addToCart").GetProperty("totalQuantity").GetInt32());
        var item = Assert.Single(read.Data().GetProperty("cart").GetProperty("items").EnumerateArray());
        Assert.Equal(("42", 2), (item.GetProperty("productId").GetString(), item.GetProperty("quantity").GetInt32()));
        Assert.False(string.IsNullOrEmpty(item.GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, host.Calls.CountOf("cart"));
    }

    [Fact]
    public async Task OneUsersCartIsNeverServedToAnother()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var alice = await demo.TokenForAsync("u-032");
        var bob = await demo.TokenForAsync("u-033");
        (await host.QueryAsync("mutation { clearCart { totalQuantity } }", token: bob)).NoErrors();
        (await host.QueryAsync("mutation { clearCart { totalQuantity } }", token: alice)).NoErrors();
        (await host.QueryAsync("mutation { addToCart(productId: \"43\") { totalQuantity } }", token: alice)).NoErrors();

        var bobs = (await host.QueryAsync(ReadCart, token: bob)).NoErrors();

        Assert.Equal(0, bobs.Data().GetProperty("cart").GetProperty("totalQuantity").GetInt32());
    }

    [Theory]
    [InlineData("mutation { removeFromCart(productId: \"..\") { totalQuantity } }")]
    [InlineData("mutation { addToCart(productId: \"42\", quantity: 100) { totalQuantity } }")]
    [InlineData("mutation { updateCartItem(productId: \"%2e%2E\", quantity: 1) { totalQuantity } }")]
    public async Task AMalformedCartChangeIsRefusedWithoutACall(string mutation)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-034");

        var response = await host.QueryAsync(mutation, token: token);

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task RemovingAProductThatIsNotInTheCartIsNotFoundFromTheCartBackend()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-035");
        (await host.QueryAsync("mutation { clearCart { totalQuantity } }", token: token)).NoErrors();

        var response = await host.QueryAsync("mutation { removeFromCart(productId: \"4999\") { totalQuantity } }", token: token);

        var error = Assert.Single(response.Errors());
        Assert.Equal(("NOT_FOUND", "cart"), (error.Code(), error.Backend()));
    }
}
