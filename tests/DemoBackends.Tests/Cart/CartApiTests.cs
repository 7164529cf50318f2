using System.Net;
using System.Net.Http.Json;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Cart;

public sealed class CartApiTests
{
    [Fact]
    public async Task ACartStartsEmpty()
    {
        await using var cart = await RunningService.StartAsync("cart");

        var view = await cart.CreateClient("u-001").GetJsonAsync("/cart");

        Assert.Equal(0, view.GetProperty("items").GetArrayLength());
        Assert.Equal(0, view.GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task AddingTheSameProductTwiceAddsToItsLine()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-001");

        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 2 })).ReadJsonAsync();
        var view = await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 3 })).ReadJsonAsync();

        Assert.Equal(["7"], view.GetProperty("items").Strings("productId"));
        Assert.Equal(5, view.GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task UpdatingAndRemovingChangeTheCartAndOnlyTheCallersCart()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-002");
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "8", quantity = 1 })).ReadJsonAsync();
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "9", quantity = 1 })).ReadJsonAsync();

        var updated = await (await client.PutAsJsonAsync("/cart/items/8", new { quantity = 4 })).ReadJsonAsync();
        var removed = await (await client.DeleteAsync(new Uri("/cart/items/9", UriKind.Relative))).ReadJsonAsync();

        Assert.Equal(5, updated.GetProperty("totalQuantity").GetInt32());
        Assert.Equal(["8"], removed.GetProperty("items").Strings("productId"));
        Assert.Equal(0, (await cart.CreateClient("u-003").GetJsonAsync("/cart")).GetProperty("totalQuantity").GetInt32());
    }

    [Fact]
    public async Task InvalidQuantitiesAndUnknownProductsAreBadRequests()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-004");

        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 0 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 100 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "x", quantity = 1 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 98 })).ReadJsonAsync();
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 2 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PutAsJsonAsync("/cart/items/7", new { quantity = -1 })).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ChangingAProductNotInTheCartIsNotFound()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-005");

        await (await client.PutAsJsonAsync("/cart/items/7", new { quantity = 1 })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync(new Uri("/cart/items/7", UriKind.Relative))).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ClearingEmptiesTheCart()
    {
        await using var cart = await RunningService.StartAsync("cart");
        var client = cart.CreateClient("u-006");
        await (await client.PostAsJsonAsync("/cart/items", new { productId = "7", quantity = 1 })).ReadJsonAsync();

        var view = await (await client.DeleteAsync(new Uri("/cart", UriKind.Relative))).ReadJsonAsync();

        Assert.Equal(0, view.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "/cart")]
    [InlineData("POST", "/cart/items")]
    [InlineData("PUT", "/cart/items/7")]
    [InlineData("DELETE", "/cart/items/7")]
    public async Task WithoutATokenCartAnswers401(string method, string url)
    {
        await using var cart = await RunningService.StartAsync("cart");

        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { quantity = 1 }) };
        using var response = await cart.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
