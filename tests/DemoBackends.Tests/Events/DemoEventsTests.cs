using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Testing;
using DemoBackends.Events;
using DemoBackends.Tests.Notifications;
using DemoBackends.Tests.Orders;
using DemoBackends.Tests.Support;
using StackExchange.Redis;

namespace DemoBackends.Tests.Events;

/// <summary>The services publish on a real redis-server; a plain subscriber sees what a BFF instance would.</summary>
public sealed class DemoEventsTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private ConnectionMultiplexer listener = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisServer.StartAsync();
        listener = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
    }

    public async Task DisposeAsync()
    {
        await listener.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task AStatusChangeIsPublishedWithTheOrderItsOwnerAndBothStatuses()
    {
        var received = await ListenAsync(DemoEventChannels.OrderStatusChanged);
        await using var orders = await RunningService.StartAsync("orders", settings: $"--Events:Redis={redis.Configuration}");
        using var placed = await orders.CreateClient("u-019").PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "9", quantity = 1 } } });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        using var response = await OrdersAdminApiTests.ChangeAsync(orders.Client, id!, "processing");
        await response.ReadJsonAsync();

        await Eventually.TrueAsync(() => !received.IsEmpty);
        var change = received.Single();
        Assert.Equal(id, change.GetProperty("orderId").GetString());
        Assert.Equal("u-019", change.GetProperty("userId").GetString());
        Assert.Equal("processing", change.GetProperty("status").GetString());
        Assert.Equal("placed", change.GetProperty("previousStatus").GetString());
    }

    [Fact]
    public async Task ARefusedChangeIsNotPublished()
    {
        var received = await ListenAsync(DemoEventChannels.OrderStatusChanged);
        await using var orders = await RunningService.StartAsync("orders", settings: $"--Events:Redis={redis.Configuration}");

        using var refused = await OrdersAdminApiTests.ChangeAsync(orders.Client, "o-99999", "shipped");
        await refused.AssertProblemAsync(HttpStatusCode.NotFound);

        // Publish a marker after the refusal: pub/sub keeps order on one connection, so once it arrives nothing else will.
        await listener.GetSubscriber().PublishAsync(RedisChannel.Literal(DemoEventChannels.OrderStatusChanged), "{\"orderId\":\"marker\"}");
        await Eventually.TrueAsync(() => !received.IsEmpty);
        Assert.Equal("marker", received.Single().GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task AnOrderChangeBecomesANotificationForItsOwnerThatIsPublishedToo()
    {
        var created = await ListenAsync(DemoEventChannels.NotificationCreated);
        var settings = $"--Events:Redis={redis.Configuration}";
        await using var orders = await RunningService.StartAsync("orders", settings: settings);
        await using var notifications = await RunningService.StartAsync("notifications", settings: settings);
        using var placed = await orders.CreateClient("u-020").PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "10", quantity = 1 } } });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();
        await WaitForSubscriberAsync(DemoEventChannels.OrderStatusChanged);

        using var response = await OrdersAdminApiTests.ChangeAsync(orders.Client, id!, "processing");
        await response.ReadJsonAsync();

        await Eventually.TrueAsync(() => !created.IsEmpty);
        var published = created.Single();
        Assert.Equal("u-020", published.GetProperty("userId").GetString());
        Assert.Contains(id!, published.GetProperty("notification").GetProperty("body").GetString(), StringComparison.Ordinal);
        var latest = await notifications.CreateClient("u-020").GetJsonAsync("/notifications?limit=1");
        Assert.Equal(published.GetProperty("notification").GetProperty("id").GetString(), latest[0].GetProperty("id").GetString());
        Assert.Equal("order-processing", latest[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task ACreatedNotificationIsPublished()
    {
        var created = await ListenAsync(DemoEventChannels.NotificationCreated);
        await using var notifications = await RunningService.StartAsync("notifications", settings: $"--Events:Redis={redis.Configuration}");

        using var response = await NotificationsAdminApiTests.CreateAsync(notifications.Client, "u-021", "Price drop");
        var notification = await response.ReadJsonAsync(HttpStatusCode.Created);

        await Eventually.TrueAsync(() => !created.IsEmpty);
        Assert.Equal("u-021", created.Single().GetProperty("userId").GetString());
        Assert.Equal(notification.GetProperty("id").GetString(), created.Single().GetProperty("notification").GetProperty("id").GetString());
    }

    [Fact]
    public async Task WithRedisDownTheChangeIsStillMadeAndAnswered()
    {
        await using var orders = await RunningService.StartAsync("orders", settings: $"--Events:Redis=127.0.0.1:{RedisServer.FreePort()}");
        using var placed = await orders.CreateClient("u-022").PostAsJsonAsync("/orders", new { lines = new[] { new { productId = "11", quantity = 1 } } });
        var id = (await placed.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        using var response = await OrdersAdminApiTests.ChangeAsync(orders.Client, id!, "cancelled");

        Assert.Equal("cancelled", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    private async Task<ConcurrentQueue<JsonElement>> ListenAsync(string channel)
    {
        var received = new ConcurrentQueue<JsonElement>();
        var queue = await listener.GetSubscriber().SubscribeAsync(RedisChannel.Literal(channel));
        queue.OnMessage(m => received.Enqueue(JsonDocument.Parse((string)m.Message!).RootElement.Clone()));
        return received;
    }

    /// <summary>The notifications service subscribes in the background; its PUBSUB NUMSUB count says when it has.</summary>
    private Task WaitForSubscriberAsync(string channel) =>
        Eventually.TrueAsync(async () =>
        {
            var result = await listener.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", channel);
            return (long)((RedisResult[])result!)[1] >= 1;
        });
}
