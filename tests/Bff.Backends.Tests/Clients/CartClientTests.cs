using System.Net;
using Bff.Backends.Cart;
using Bff.Backends.Http;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class CartClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task WithoutATokenTheCartBackendAnswers401()
    {
        await using var host = RealClients.Create(demo);

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<ICartClient>().GetCartAsync());

        Assert.Equal(("cart", HttpStatusCode.Unauthorized), (error.Backend, error.StatusCode));
    }

    [Fact]
    public async Task AddUpdateRemoveAndClearEachReturnTheCart()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-020"));
        var cart = host.Get<ICartClient>();
        await cart.ClearAsync();

        var added = await cart.AddItemAsync(new AddCartItem("12", 2));
        var updated = await cart.UpdateItemAsync("12", new UpdateCartItem(5));
        await cart.AddItemAsync(new AddCartItem("13", 1));
        var removed = await cart.RemoveItemAsync("12");
        var cleared = await cart.ClearAsync();

        Assert.Equal(("u-020", 2), (added.UserId, added.TotalQuantity));
        Assert.Equal(5, Assert.Single(updated.Items).Quantity);
        Assert.Equal("13", Assert.Single(removed.Items).ProductId);
        Assert.Empty(cleared.Items);
        Assert.Empty((await cart.GetCartAsync()).Items);
    }

    [Fact]
    public async Task RemovingAProductThatIsNotInTheCartIsA404Exception()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-021"));

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<ICartClient>().RemoveItemAsync("4999"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task ADotSegmentProductIdIsRefusedAndTheCartKeepsItsItems()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-022"));
        var cart = host.Get<ICartClient>();
        await cart.ClearAsync();
        await cart.AddItemAsync(new AddCartItem("12", 1));

        await Assert.ThrowsAsync<ArgumentException>(() => cart.RemoveItemAsync(".."));
        await Assert.ThrowsAsync<ArgumentException>(() => cart.RemoveItemAsync("%2e%2E"));

        Assert.Equal("12", Assert.Single((await cart.GetCartAsync()).Items).ProductId);
    }
}
