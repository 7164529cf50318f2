using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Notifications;

public sealed class NotificationsApiTests
{
    [Fact]
    public async Task UnreadCountMatchesTheUnreadAmongTheLatest()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var client = notifications.CreateClient("u-001");

        var count = await client.GetJsonAsync("/notifications/unread-count");
        var latest = await client.GetJsonAsync("/notifications?limit=50");

        Assert.Equal(latest.EnumerateArray().Count(n => !n.GetProperty("read").GetBoolean()), count.GetProperty("unread").GetInt32());
        var dates = latest.EnumerateArray().Select(n => n.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public async Task MarkingOneReadLowersTheUnreadCount()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var client = notifications.CreateClient("u-001");
        var unread = await client.GetJsonAsync("/notifications?unreadOnly=true&limit=50");
        Assert.True(unread.GetArrayLength() > 0, "the first demo user has unread notifications");

        using var response = await client.PostAsync(new Uri($"/notifications/{unread[0].GetProperty("id").GetString()}/read", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var count = await client.GetJsonAsync("/notifications/unread-count");
        Assert.Equal(unread.GetArrayLength() - 1, count.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task LimitIsHonouredAndOutOfRangeLimitIsABadRequest()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var client = notifications.CreateClient("u-001");

        Assert.Equal(3, (await client.GetJsonAsync("/notifications?limit=3")).GetArrayLength());
        await client.GetProblemAsync("/notifications?limit=0", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/notifications")]
    [InlineData("/notifications/unread-count")]
    public async Task WithoutATokenNotificationsAnswer401(string url)
    {
        await using var notifications = await RunningService.StartAsync("notifications");

        await notifications.Client.GetProblemAsync(url, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MarkingAnotherUsersNotificationIsNotFound()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var theirs = (await notifications.CreateClient("u-002").GetJsonAsync("/notifications?limit=1"))[0].GetProperty("id").GetString();

        using var response = await notifications.CreateClient("u-003").PostAsync(new Uri($"/notifications/{theirs}/read", UriKind.Relative), null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
