using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Notifications;

[Collection(DomainsCollection.Name)]
public sealed class NotificationsTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task MarkingANotificationReadLowersTheUnreadCountAtOnceBecauseNothingIsCached()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        // The first demo user has unread notifications (demo-backends data); only this test marks them.
        var token = await demo.TokenForAsync("u-001");
        var before = (await host.QueryAsync("{ unreadNotificationCount notifications(first: 50, unreadOnly: true) { id read } }", token: token)).NoErrors();
        var unread = before.Data().GetProperty("notifications").EnumerateArray().ToArray();
        Assert.NotEmpty(unread);

        var marked = (await host.QueryAsync("mutation($id: ID!) { markNotificationRead(id: $id) }", new { id = unread[0].GetProperty("id").GetString() }, token)).NoErrors();
        var after = (await host.QueryAsync("{ unreadNotificationCount }", token: token)).NoErrors();

        Assert.True(marked.Data().GetProperty("markNotificationRead").GetBoolean());
        Assert.Equal(before.Data().GetProperty("unreadNotificationCount").GetInt32() - 1, after.Data().GetProperty("unreadNotificationCount").GetInt32());
    }

    [Fact]
    public async Task AnotherUsersNotificationIsNotFoundAndAMalformedIdIsNeverSent()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var owner = (await host.QueryAsync("{ notifications(first: 1) { id } }", token: await demo.TokenForAsync("u-052"))).NoErrors();
        var id = owner.Data().GetProperty("notifications")[0].GetProperty("id").GetString();
        var token = await demo.TokenForAsync("u-053");
        host.Calls.Clear();

        var others = await host.QueryAsync("mutation($id: ID!) { markNotificationRead(id: $id) }", new { id }, token);
        var malformed = await host.QueryAsync("mutation { markNotificationRead(id: \"../n-00001\") }", token: token);

        Assert.Equal(("NOT_FOUND", "notifications"), (Assert.Single(others.Errors()).Code(), Assert.Single(others.Errors()).Backend()));
        Assert.Equal("BAD_USER_INPUT", Assert.Single(malformed.Errors()).Code());
        Assert.Single(host.Calls.Calls);
    }
}
