using System.Net;
using Bff.Backends.Http;
using Bff.Backends.Notifications;
using Bff.Backends.Tests.Support;

namespace Bff.Backends.Tests.Clients;

[Collection(DemoBackendsCollection.Name)]
public sealed class NotificationsClientTests(DemoBackendsProcess demo)
{
    [Fact]
    public async Task WithoutATokenTheNotificationsBackendAnswers401()
    {
        await using var host = RealClients.Create(demo);

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<INotificationsClient>().GetUnreadCountAsync());

        Assert.Equal(("notifications", HttpStatusCode.Unauthorized), (error.Backend, error.StatusCode));
    }

    [Fact]
    public async Task MarkingAnUnreadNotificationReadLowersTheUnreadCount()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-030"));
        var notifications = host.Get<INotificationsClient>();

        var before = await notifications.GetUnreadCountAsync();
        var unread = await notifications.GetNotificationsAsync(limit: 50, unreadOnly: true);
        await notifications.MarkReadAsync(unread[0].Id);
        var after = await notifications.GetUnreadCountAsync();

        Assert.All(unread, n => Assert.False(n.Read));
        Assert.Equal(before.Unread - 1, after.Unread);
        Assert.True((await notifications.GetNotificationsAsync(limit: 2)).Count <= 2);
    }

    [Fact]
    public async Task MarkingAnotherUsersNotificationIsA404Exception()
    {
        await using var host = RealClients.Create(demo);
        host.SignIn(await demo.TokenForAsync("u-031"));

        var error = await Assert.ThrowsAsync<BackendException>(() => host.Get<INotificationsClient>().MarkReadAsync("n-unknown"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
