using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Screens;

[Collection(MobileCollection.Name)]
public sealed class CartAndOrderScreenTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task AProductAddedToTheCartIsOnTheCartScreenWithItsCompactProduct()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-010");

        var added = (await host.PostAsync(AppOperations.Text("AddToCart"), new { productId = "123", quantity = 2 }, token)).NoErrors();
        var cart = (await host.PostAsync(AppOperations.Text("Cart"), new { imageWidth = 100 }, token)).NoErrors().Data().GetProperty("cart");

        Assert.Contains(added.Data().GetProperty("addToCart").GetProperty("items").EnumerateArray(), i => i.GetProperty("productId").GetString() == "123");
        var item = cart.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("productId").GetString() == "123");
        Assert.True(item.GetProperty("quantity").GetInt32() >= 2);
        Assert.Equal("123", item.GetProperty("product").GetProperty("id").GetString());
        Assert.EndsWith("/thumb.jpg", item.GetProperty("product").GetProperty("imageUrl").GetString(), StringComparison.Ordinal);
        using var http = new HttpClient();
        var stock = await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Inventory"), "/stock/123"));
        Assert.Equal(stock.GetProperty("inStock").GetBoolean(), item.GetProperty("product").GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task TheOrderTrackingScreenShowsTheUsersOrderAsTheOrdersServiceHasIt()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-003");
        var expected = await FirstOrderAsync(token);

        var order = (await host.PostAsync(AppOperations.Text("OrderTracking"), new { id = expected.GetProperty("id").GetString() }, token))
            .NoErrors().Data().GetProperty("order");

        Assert.Equal(expected.GetProperty("status").GetString(), order.GetProperty("status").GetString());
        Assert.Equal(expected.GetProperty("itemCount").GetInt32(), order.GetProperty("itemCount").GetInt32());
        Assert.All(order.GetProperty("lines").EnumerateArray(), l =>
            Assert.Equal(l.GetProperty("productId").GetString(), l.GetProperty("product").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task OverGetTheCartIsNeverCachedAndAnOrderIsPrivate()
    {
        using var host = new MobileHost(demo, redis);
        var token = await demo.TokenForAsync("u-004");
        var orderId = (await FirstOrderAsync(token)).GetProperty("id").GetString();

        using var cart = MobileHost.GetById(AppOperations.Id("Cart"), new { imageWidth = 100 });
        cart.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var order = MobileHost.GetById(AppOperations.Id("OrderTracking"), new { id = orderId });
        order.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var cartResponse = await host.Http.SendAsync(cart);
        using var orderResponse = await host.Http.SendAsync(order);

        (await cartResponse.Content.ReadFromJsonAsync<JsonElement>()).NoErrors();
        (await orderResponse.Content.ReadFromJsonAsync<JsonElement>()).NoErrors();
        Assert.True(cartResponse.Headers.CacheControl!.NoStore);
        Assert.Null(cartResponse.Headers.ETag);
        Assert.True(orderResponse.Headers.CacheControl!.Private);
        Assert.Equal(TimeSpan.FromSeconds(30), orderResponse.Headers.CacheControl.MaxAge);
        Assert.NotNull(orderResponse.Headers.ETag);
    }

    [Fact]
    public async Task TheCartWithoutATokenIsUnauthenticated()
    {
        using var host = new MobileHost(demo, redis);

        var response = await host.PostAsync(AppOperations.Text("Cart"), new { imageWidth = 100 });

        Assert.Equal("UNAUTHENTICATED", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    private async Task<JsonElement> FirstOrderAsync(string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.UrlOf("Orders"), "/orders?page=1&pageSize=1"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0];
    }
}
