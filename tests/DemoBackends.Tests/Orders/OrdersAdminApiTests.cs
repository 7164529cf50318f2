using System.Net;
using System.Net.Http.Json;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Orders;

public sealed class OrdersAdminApiTests
{
    [Fact]
    public async Task APlacedOrderMovesAlongItsStatusesAndTheOwnerReadsEachOne()
    {
        await using var orders = await RunningService.StartAsync("orders");
        var owner = orders.CreateClient("u-012");
        using var placed = await owner.PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "7", quantity = 1 } } });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        foreach (var status in new[] { "processing", "shipped", "delivered" })
        {
            using var response = await ChangeAsync(orders.Client, id!, status);
            var changed = await response.ReadJsonAsync();
            Assert.Equal(status, changed.GetProperty("status").GetString());
            Assert.Equal(status, (await owner.GetJsonAsync($"/orders/{id}")).GetProperty("status").GetString());
        }

        var listed = (await owner.GetJsonAsync("/orders?pageSize=1")).GetProperty("items")[0];
        Assert.Equal("delivered", listed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AGeneratedOrderCanChangeToo()
    {
        await using var orders = await RunningService.StartAsync("orders");
        // The generated history has a few orders still on their way (placed in the last week before the data's epoch).
        var (owner, processing) = (await Task.WhenAll(Enumerable.Range(1, 100).Select(async n =>
            {
                var client = orders.CreateClient($"u-{n:000}");
                var order = (await client.GetJsonAsync("/orders?pageSize=50")).GetProperty("items").EnumerateArray()
                    .FirstOrDefault(o => o.GetProperty("status").GetString() is "processing" or "shipped");
                return (client, order);
            })))
            .First(found => found.order.ValueKind == System.Text.Json.JsonValueKind.Object);
        var next = processing.GetProperty("status").GetString() == "processing" ? "shipped" : "delivered";

        using var response = await ChangeAsync(orders.Client, processing.GetProperty("id").GetString()!, next);
        await response.ReadJsonAsync();

        Assert.Equal(next, (await owner.GetJsonAsync($"/orders/{processing.GetProperty("id").GetString()}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AStepTheLifeDoesNotAllowIsAConflictThatSaysWhatIsAllowed()
    {
        await using var orders = await RunningService.StartAsync("orders");
        using var placed = await orders.CreateClient("u-014").PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "8", quantity = 1 } } });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!;

        using var response = await ChangeAsync(orders.Client, id, "delivered");
        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("placed", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("processing or cancelled", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o-99999", "shipped", HttpStatusCode.NotFound)]
    [InlineData("o-00001", "teleported", HttpStatusCode.BadRequest)]
    [InlineData("o-00001", null, HttpStatusCode.BadRequest)]
    public async Task UnknownOrdersAndStatusesAreClientErrors(string id, string? status, HttpStatusCode expected)
    {
        await using var orders = await RunningService.StartAsync("orders");

        using var response = await ChangeAsync(orders.Client, id, status);
        await response.AssertProblemAsync(expected);
    }

    internal static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string id, string? status) =>
        client.PostAsJsonAsync($"/admin/orders/{id}/status", new { status });
}
