using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Live;

/// <summary>
/// <c>notificationAdded</c> end to end: the real graphql-ws and graphql-sse clients subscribed to the web BFF on
/// Kestrel, the demo notifications service publishing on a real redis-server when the test creates a notification.
/// </summary>
public sealed class NotificationAddedTests(LiveEventsFixture live) : IClassFixture<LiveEventsFixture>
{
    private const string Subscription = "subscription { notificationAdded { id kind title body } }";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("ws", "u-064", "u-065")]
    [InlineData("sse", "u-066", "u-067")]
    public async Task TheSubscriberReceivesItsNotificationWithinASecondAndAnotherUserReceivesNothing(string transport, string user, string other)
    {
        using var bff = new WebBff(live.Demo, live.Redis);
        await using var mine = await SubscribedAsync(transport, bff, user);
        await using var theirs = await SubscribedAsync(transport, bff, other);

        var title = "Measured " + Guid.NewGuid().ToString("N");
        var published = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await NotifyAsync(user, title);
        var received = await mine.WaitForAsync(l => TitleOf(l) == title, Patience);

        Assert.NotNull(received);
        var gap = received.Value.GetProperty("at").GetInt64() - published;
        Assert.True(gap < 1000, $"received {gap} ms after the backend was asked to publish");
        Assert.Equal("promotion", received.Value.GetProperty("next").GetProperty("data").GetProperty("notificationAdded").GetProperty("kind").GetString());

        // Events reach an instance's subscribers in publish order: once the other user's own later notification has
        // arrived, the first one would have too if it were ever going to.
        var marker = "Marker " + Guid.NewGuid().ToString("N");
        await NotifyAsync(other, marker);
        Assert.NotNull(await theirs.WaitForAsync(l => TitleOf(l) == marker, Patience));
        Assert.DoesNotContain(theirs.Lines, l => TitleOf(l) == title);
        Assert.All(mine.Lines.Where(l => TitleOf(l) is not null), l => Assert.DoesNotContain("Marker", TitleOf(l), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ws")]
    [InlineData("sse")]
    public async Task WithoutATokenTheSubscriptionIsUnauthenticated(string transport)
    {
        using var bff = new WebBff(live.Demo, live.Redis);
        await using var anonymous = SubscriptionListener.Start(transport, Url(transport, bff), Subscription);

        // Over both transports the same: one result with the error and no data (what IDEs show), then complete.
        await anonymous.AssertRefusedAsync("UNAUTHENTICATED", Patience);
        Assert.DoesNotContain(anonymous.Lines, l => TitleOf(l) is not null);
    }

    [Fact]
    public async Task ABadTokenOverTheWebSocketClosesItWith4403()
    {
        using var bff = new WebBff(live.Demo, live.Redis);
        var forged = HandMadeTokens.ValidNow("u-068", key: "another-key-that-is-long-enough-0123456789abcdef");
        await using var client = SubscriptionListener.Start("ws", Url("ws", bff), Subscription, "Bearer " + forged);

        var closed = await client.WaitForAsync(l => l.TryGetProperty("closed", out _), Patience);

        Assert.NotNull(closed);
        Assert.Equal(4403, closed.Value.GetProperty("closed").GetInt32());
    }

    // The hub is subscribed once the subscribe function returned, but a client cannot see that moment: notify the
    // user until the client has received one, and measure only what comes after.
    private async Task<SubscriptionListener> SubscribedAsync(string transport, WebBff bff, string user)
    {
        var token = await live.Demo.TokenForAsync(user);
        var listener = SubscriptionListener.Start(transport, Url(transport, bff), Subscription, "Bearer " + token);
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            await NotifyAsync(user, "Warm-up " + Guid.NewGuid().ToString("N"));
            if (await listener.WaitForAsync(l => l.TryGetProperty("next", out _), TimeSpan.FromMilliseconds(300)) is { } first)
            {
                Assert.NotNull(TitleOf(first));
                return listener;
            }
        }

        await listener.DisposeAsync();
        throw new TimeoutException($"{transport} subscriber of {user} received nothing: {string.Join(", ", listener.Lines)}");
    }

    private Task NotifyAsync(string user, string title) =>
        live.Demo.AdminPostAsync("Notifications", "/admin/notifications", new { userId = user, kind = "promotion", title, body = "Live test." });

    private static Uri Url(string transport, WebBff bff)
    {
        var http = WebSuiteHost.Endpoint(bff);
        return transport == "ws" ? new UriBuilder(http) { Scheme = "ws" }.Uri : http;
    }

    private static string? TitleOf(JsonElement line) =>
        line.TryGetProperty("next", out var next) && next.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("notificationAdded", out var added) && added.ValueKind == JsonValueKind.Object
            ? added.GetProperty("title").GetString()
            : null;
}
