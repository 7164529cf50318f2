using System.Net;
using System.Net.Http.Json;
using DemoBackends.Notifications;
using DemoBackends.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DemoBackends.Tests.Notifications;

public sealed class NotificationsAdminApiTests
{
    [Fact]
    public async Task ACreatedNotificationIsTheUsersNewestAndUnread()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var user = notifications.CreateClient("u-015");
        var unreadBefore = (await user.GetJsonAsync("/notifications/unread-count")).GetProperty("unread").GetInt32();

        using var response = await CreateAsync(notifications.Client, "u-015", "Back in stock");

        var created = await response.ReadJsonAsync(HttpStatusCode.Created);
        var latest = await user.GetJsonAsync("/notifications?limit=1");
        Assert.Equal(created.GetProperty("id").GetString(), latest[0].GetProperty("id").GetString());
        Assert.False(latest[0].GetProperty("read").GetBoolean());
        Assert.Equal(unreadBefore + 1, (await user.GetJsonAsync("/notifications/unread-count")).GetProperty("unread").GetInt32());
        using var read = await user.PostAsync(new Uri($"/notifications/{created.GetProperty("id").GetString()}/read", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
    }

    [Fact]
    public async Task AnotherUserDoesNotSeeIt()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        using var response = await CreateAsync(notifications.Client, "u-016", "For u-016 only");
        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString();

        var others = await notifications.CreateClient("u-017").GetJsonAsync("/notifications?limit=50");

        Assert.DoesNotContain(id, others.Strings("id"));
    }

    [Fact]
    public async Task EachUserKeepsOnlyTheNewestFifty()
    {
        await using var notifications = await RunningService.StartAsync("notifications");
        var ids = new List<string>();
        for (var i = 0; i < NotificationInbox.PerUser + 10; i++)
        {
            using var response = await CreateAsync(notifications.Client, "u-018", $"Deal {i}");
            ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetString()!);
        }

        var kept = notifications.Services.GetRequiredService<NotificationInbox>().ForUser("u-018")
            .Where(n => n.Id.StartsWith("n-live-", StringComparison.Ordinal)).Select(n => n.Id).ToList();
        Assert.Equal(Enumerable.Reverse(ids).Take(NotificationInbox.PerUser), kept);
    }

    [Theory]
    [InlineData("u-999", "Hello", HttpStatusCode.NotFound)]
    [InlineData("", "Hello", HttpStatusCode.BadRequest)]
    [InlineData("u-001", "", HttpStatusCode.BadRequest)]
    public async Task UnknownUsersAndMissingFieldsAreClientErrors(string userId, string title, HttpStatusCode expected)
    {
        await using var notifications = await RunningService.StartAsync("notifications");

        using var response = await CreateAsync(notifications.Client, userId, title);

        await response.AssertProblemAsync(expected);
    }

    [Fact]
    public async Task ATitleOverTheLimitIsABadRequest()
    {
        await using var notifications = await RunningService.StartAsync("notifications");

        using var response = await CreateAsync(notifications.Client, "u-001", new string('x', 201));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }

    internal static Task<HttpResponseMessage> CreateAsync(HttpClient client, string userId, string title) =>
        client.PostAsJsonAsync("/admin/notifications", new { userId, kind = "promotion", title, body = "Body text." });
}
