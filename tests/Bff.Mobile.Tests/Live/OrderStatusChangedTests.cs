using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Live;

/// <summary>
/// <c>orderStatusChanged(orderId)</c> end to end: the real graphql-ws client subscribed to the mobile BFF on Kestrel,
/// the demo orders service publishing on a real redis-server when the test moves the order.
/// </summary>
public sealed class OrderStatusChangedTests(LiveEventsFixture live) : IClassFixture<LiveEventsFixture>
{
    private const string Channel = "demo:events:order-status-changed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task TheOwnerReceivesTheStatusChangesOfTheirOrder()
    {
        using var host = new MobileHost(live.Demo, live.Redis);
        var token = await live.Demo.TokenForAsync("u-076");
        var orderId = await PlaceOrderAsync(host, token);
        var before = Subscribers();
        await using var client = SubscriptionListener.Start("ws", WebSocketUrl(host), Query(orderId), "Bearer " + token);

        // The hub's one Redis subscription of this instance shows once the subscribe function ran; the change after
        // the first can only come after the subscriber was added.
        await Eventually.TrueAsync(() => Subscribers() > before);
        await MoveAsync(orderId, "processing");
        await MoveAsync(orderId, "shipped");
        var shipped = await client.WaitForAsync(l => Change(l)?.GetProperty("status").GetString() == "shipped", Patience);

        Assert.NotNull(shipped);
        var change = Change(shipped.Value)!.Value;
        Assert.Equal(orderId, change.GetProperty("orderId").GetString());
        Assert.Equal("processing", change.GetProperty("previousStatus").GetString());
        Assert.True(DateTimeOffset.TryParse(change.GetProperty("changedAt").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.All(client.Lines.Where(l => Change(l) is not null), l => Assert.Equal(orderId, Change(l)!.Value.GetProperty("orderId").GetString()));
    }

    [Fact]
    public async Task AnotherUsersOrderIsNotFoundAndNoStreamStarts()
    {
        using var host = new MobileHost(live.Demo, live.Redis);
        var orderId = await PlaceOrderAsync(host, await live.Demo.TokenForAsync("u-077"));
        var stranger = await live.Demo.TokenForAsync("u-078");

        await using var client = SubscriptionListener.Start("ws", WebSocketUrl(host), Query(orderId), "Bearer " + stranger);
        await client.AssertRefusedAsync("NOT_FOUND", Patience);
        await MoveAsync(orderId, "processing");
        Assert.DoesNotContain(client.Lines, l => Change(l) is not null);
    }

    private static string Query(string orderId) =>
        $$"""subscription { orderStatusChanged(orderId: "{{orderId}}") { orderId status previousStatus changedAt } }""";

    // A new order each test: it starts as "placed", so it can move.
    private static async Task<string> PlaceOrderAsync(MobileHost host, string token)
    {
        var placed = await host.PostAsync(
            "mutation($key: String!) { placeOrder(input: { lines: [{ productId: \"318\", quantity: 1 }], idempotencyKey: $key }) { id status } }",
            new { key = "live-" + Guid.NewGuid().ToString("N") }, token);
        return placed.NoErrors().Data().GetProperty("placeOrder").GetProperty("id").GetString()!;
    }

    private Task MoveAsync(string orderId, string status) =>
        live.Demo.AdminPostAsync("Orders", $"/admin/orders/{orderId}/status", new { status });

    private long Subscribers() => (long)((StackExchange.Redis.RedisResult[])live.Redis.Raw.Execute("PUBSUB", "NUMSUB", Channel)!)[1];

    private static Uri WebSocketUrl(MobileHost host) => new UriBuilder(new Uri(host.Http.BaseAddress!, "/graphql")) { Scheme = "ws" }.Uri;

    private static JsonElement? Change(JsonElement line) =>
        line.TryGetProperty("next", out var next) && next.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("orderStatusChanged", out var change) && change.ValueKind == JsonValueKind.Object
            ? change
            : null;
}
