using System.Text.Json;
using Bff.Instances.Tests.Support;
using StackExchange.Redis;

namespace Bff.Instances.Tests;

/// <summary>
/// Live events across instances: a graphql-ws subscriber on each of two bff-web processes, one
/// <c>notification-created</c> event published once on their shared Redis, received by both.
/// </summary>
public sealed class TwoWebInstancesLiveTests(TwoWebInstances two) : IClassFixture<TwoWebInstances>
{
    private const string Channel = "demo:events:notification-created";
    private const string User = "u-069";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AnEventPublishedOnceReachesASubscriberOnEachInstance()
    {
        var token = "Bearer " + await two.Demo.TokenForAsync(User);
        const string query = "subscription { notificationAdded { id title } }";
        await using var onA = SubscriptionListener.Start("ws", WebSocketUrl(two.A), query, token);
        await using var onB = SubscriptionListener.Start("ws", WebSocketUrl(two.B), query, token);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(two.Redis.Configuration);

        // Neither client can see when its instance has subscribed: publish until both have received something.
        var deadline = DateTime.UtcNow + Patience;
        while (!(HasTitle(onA) && HasTitle(onB)) && DateTime.UtcNow < deadline)
        {
            await PublishAsync(redis, "Warm-up " + Guid.NewGuid().ToString("N"));
            await Task.WhenAll(
                onA.WaitForAsync(l => TitleOf(l) is not null, TimeSpan.FromMilliseconds(300)),
                onB.WaitForAsync(l => TitleOf(l) is not null, TimeSpan.FromMilliseconds(300)));
        }

        var title = "Once " + Guid.NewGuid().ToString("N");
        var receivers = await PublishAsync(redis, title);

        Assert.Equal(2, receivers); // one Redis subscription per instance, whatever its subscriber count
        Assert.NotNull(await onA.WaitForAsync(l => TitleOf(l) == title, Patience));
        Assert.NotNull(await onB.WaitForAsync(l => TitleOf(l) == title, Patience));
        Assert.Single(onA.Lines, l => TitleOf(l) == title);
        Assert.Single(onB.Lines, l => TitleOf(l) == title);
    }

    // The payload the notifications service publishes (demo-backends/README.md, Events).
    private static Task<long> PublishAsync(ConnectionMultiplexer redis, string title) =>
        redis.GetSubscriber().PublishAsync(RedisChannel.Literal(Channel), JsonSerializer.Serialize(new
        {
            userId = User,
            notification = new { id = "n-" + Random.Shared.Next(10_000, 99_999), kind = "promotion", title, body = "Both.", createdAt = DateTimeOffset.UtcNow, read = false },
        }));

    private static Uri WebSocketUrl(BffProcess bff) => new UriBuilder(new Uri(bff.Url, "/graphql")) { Scheme = "ws" }.Uri;

    private static bool HasTitle(SubscriptionListener listener) => listener.Lines.Any(l => TitleOf(l) is not null);

    private static string? TitleOf(JsonElement line) =>
        line.TryGetProperty("next", out var next) && next.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("notificationAdded", out var added) && added.ValueKind == JsonValueKind.Object
            ? added.GetProperty("title").GetString()
            : null;
}
