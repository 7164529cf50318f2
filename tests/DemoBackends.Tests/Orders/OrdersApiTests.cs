using System.Net;
using System.Net.Http.Json;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Orders;

public sealed class OrdersApiTests
{
    [Fact]
    public async Task OrdersListIsTheCallersNewestFirstAndPaged()
    {
        await using var orders = await RunningService.StartAsync("orders");

        var page = await orders.CreateClient("u-001").GetJsonAsync("/orders?pageSize=50");

        var items = page.GetProperty("items");
        Assert.True(items.GetArrayLength() >= 1);
        Assert.Equal(page.GetProperty("totalCount").GetInt32(), items.GetArrayLength());
        var dates = items.EnumerateArray().Select(o => o.GetProperty("placedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task OrderDetailHasLinesWhoseTotalsAddUpAndOtherUsersOrdersAreNotFound()
    {
        await using var orders = await RunningService.StartAsync("orders");
        var owner = orders.CreateClient("u-002");
        var id = (await owner.GetJsonAsync("/orders")).GetProperty("items")[0].GetProperty("id").GetString();

        var order = await owner.GetJsonAsync($"/orders/{id}");

        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(order.GetProperty("total").GetDecimal(), lines.Sum(l => l.GetProperty("lineTotal").GetDecimal()));
        Assert.Equal(order.GetProperty("itemCount").GetInt32(), lines.Sum(l => l.GetProperty("quantity").GetInt32()));
        await orders.CreateClient("u-003").GetProblemAsync($"/orders/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlacingAnOrderCreatesItAndListsItFirst()
    {
        await using var orders = await RunningService.StartAsync("orders");
        var client = orders.CreateClient("u-010");

        using var response = await client.PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "12", quantity = 2 } } });

        var order = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal($"/orders/{order.GetProperty("id").GetString()}", response.Headers.Location?.OriginalString);
        Assert.Equal("a-010-1", order.GetProperty("shippingAddressId").GetString());
        var latest = await client.GetJsonAsync("/orders?pageSize=1");
        Assert.Equal(order.GetProperty("id").GetString(), latest.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task TheSameIdempotencyKeyAndBodyReturnTheFirstOrderWithoutADuplicate()
    {
        await using var orders = await RunningService.StartAsync("orders");
        var client = orders.CreateClient("u-011");
        var before = (await client.GetJsonAsync("/orders")).GetProperty("totalCount").GetInt32();

        var first = await PlaceAsync(client, "key-1", "5", HttpStatusCode.Created);
        var retry = await PlaceAsync(client, "key-1", "5", HttpStatusCode.Created);

        Assert.Equal(first.ToString(), retry.ToString());
        Assert.Equal(before + 1, (await client.GetJsonAsync("/orders")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task TheSameIdempotencyKeyWithADifferentBodyIsUnprocessable()
    {
        await using var orders = await RunningService.StartAsync("orders");
        var client = orders.CreateClient("u-012");

        await PlaceAsync(client, "key-2", "5", HttpStatusCode.Created);
        await PlaceAsync(client, "key-2", "6", HttpStatusCode.UnprocessableEntity);
        // Keys are per user: another user may use the same key.
        await PlaceAsync(orders.CreateClient("u-013"), "key-2", "6", HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("""{"lines":[]}""")]
    [InlineData("""{"lines":[{"productId":"12","quantity":0}]}""")]
    [InlineData("""{"lines":[{"productId":"nope","quantity":1}]}""")]
    [InlineData("""{"lines":[{"productId":"12","quantity":1}],"shippingAddressId":"a-001-1"}""")]
    [InlineData("""{"lines":""")]
    public async Task InvalidOrdersAreBadRequestsWithProblemDetails(string body)
    {
        await using var orders = await RunningService.StartAsync("orders");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await orders.CreateClient("u-020").PostAsync(new Uri("/orders", UriKind.Relative), content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("GET", "/orders")]
    [InlineData("GET", "/orders/o-00001")]
    [InlineData("POST", "/orders")]
    public async Task WithoutATokenOrdersAnswer401(string method, string url)
    {
        await using var orders = await RunningService.StartAsync("orders");

        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = JsonContent.Create(new { lines = Array.Empty<object>() }) };
        using var response = await orders.Client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<System.Text.Json.JsonElement> PlaceAsync(HttpClient client, string key, string productId, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/orders")
        {
            Content = JsonContent.Create(new { lines = new[] { new { productId, quantity = 1 } } }),
        };
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        return await response.ReadJsonAsync(expected);
    }
}
