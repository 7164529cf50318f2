using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Orders;

[Collection(DomainsCollection.Name)]
public sealed class CheckoutTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Place = """
        mutation($key: String!) {
          placeOrder(input: { lines: [{ productId: "17", quantity: 2 }, { productId: "18", quantity: 1 }], idempotencyKey: $key }) {
            id itemCount total lines { productId quantity unitPrice product { name price { amount } } }
          }
        }
        """;

    private const string Orders = "{ orders(pageSize: 50) { totalCount items { id } } }";

    [Fact]
    public async Task PlacingAnOrderTwiceWithOneIdempotencyKeyMakesOneOrderAndTheOrderListShowsIt()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-041");
        var before = (await host.QueryAsync(Orders, token: token)).NoErrors();
        var key = "checkout-" + Guid.NewGuid().ToString("N");

        var first = (await host.QueryAsync(Place, new { key }, token)).NoErrors();
        var retry = (await host.QueryAsync(Place, new { key }, token)).NoErrors();
        var after = (await host.QueryAsync(Orders, token: token)).NoErrors();

        var id = first.Data().GetProperty("placeOrder").GetProperty("id").GetString();
        Assert.Equal(id, retry.Data().GetProperty("placeOrder").GetProperty("id").GetString());
        Assert.Equal(TotalOf(before) + 1, TotalOf(after));
        Assert.Contains(after.Data().GetProperty("orders").GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetString() == id);
        Assert.Equal(3, first.Data().GetProperty("placeOrder").GetProperty("itemCount").GetInt32());
        Assert.All(first.Data().GetProperty("placeOrder").GetProperty("lines").EnumerateArray(),
            l => Assert.False(string.IsNullOrEmpty(l.GetProperty("product").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task OrderLinesLoadTheirProductsInOneBatch()
    {
        var token = await demo.TokenForAsync("u-042");
        string? id;
        await using (var checkout = await DomainsHost.StartAsync(demo, redis))
        {
            var placed = (await checkout.QueryAsync(Place, new { key = "lines-" + Guid.NewGuid().ToString("N") }, token)).NoErrors();
            id = placed.Data().GetProperty("placeOrder").GetProperty("id").GetString();
        }

        await using var host = await DomainsHost.StartAsync(demo, redis);
        var order = (await host.QueryAsync("query($id: ID!) { order(id: $id) { lines { product { name price { amount } } } } }", new { id }, token)).NoErrors();

        Assert.Equal(2, order.Data().GetProperty("order").GetProperty("lines").GetArrayLength());
        Assert.Equal(["catalog GET /products", "orders GET /orders/" + id, "pricing GET /prices"], host.Calls.Calls.Order());
    }

    [Theory]
    [InlineData("short")]
    [InlineData("../../orders")]
    public async Task AnIdempotencyKeyOfTheWrongShapeIsRefusedWithoutACall(string key)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-043");

        var response = await host.QueryAsync(Place, new { key }, token);

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task AnOrderIdOfTheWrongShapeIsRefusedAndAnotherUsersOrderIsNull()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-044");
        var placed = (await host.QueryAsync(Place, new { key = "other-" + Guid.NewGuid().ToString("N") }, token)).NoErrors();
        var id = placed.Data().GetProperty("placeOrder").GetProperty("id").GetString();

        var bad = await host.QueryAsync("{ order(id: \"../orders\") { id } }", token: token);
        var others = (await host.QueryAsync("query($id: ID!) { order(id: $id) { id } }", new { id }, await demo.TokenForAsync("u-045"))).NoErrors();

        Assert.Equal("BAD_USER_INPUT", Assert.Single(bad.Errors()).Code());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, others.Data().GetProperty("order").ValueKind);
    }

    private static int TotalOf(System.Text.Json.JsonElement response) =>
        response.Data().GetProperty("orders").GetProperty("totalCount").GetInt32();
}
