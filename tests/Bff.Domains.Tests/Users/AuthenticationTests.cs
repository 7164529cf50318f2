using System.Text.Json;
using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Users;

[Collection(DomainsCollection.Name)]
public sealed class AuthenticationTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task WithoutATokenUserFieldsAreUnauthenticatedAndPublicFieldsAreServed()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync("{ product(id: \"5\") { name } me { id } cart { totalQuantity } orders { totalCount } notifications { id } }");

        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(["cart", "me", "notifications", "orders"], response.Errors().Select(e => e.PathText()).Order());
        Assert.All(response.Errors(), e => Assert.Equal("UNAUTHENTICATED", e.Code()));
        Assert.Equal(["catalog GET /products"], host.Calls.Calls);
    }

    [Fact]
    public async Task WithADevTokenMeIsTheTokensUserAndItIsCachedUnderThatUser()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-003");
        const string Query = "{ me { id displayName memberSince addresses { id isDefault } } }";

        var first = (await host.QueryAsync(Query, token: token)).NoErrors();
        var again = (await host.QueryAsync(Query, token: token)).NoErrors();
        var other = (await host.QueryAsync(Query, token: await demo.TokenForAsync("u-004"))).NoErrors();

        Assert.Equal("u-003", first.Data().GetProperty("me").GetProperty("id").GetString());
        Assert.Equal("u-004", other.Data().GetProperty("me").GetProperty("id").GetString());
        Assert.Equal(first.ToString(), again.ToString());
        Assert.Equal(4, host.Calls.CountOf("users"));
        Assert.EndsWith("Z", first.Data().GetProperty("me").GetProperty("memberSince").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.True, first.Data().GetProperty("me").GetProperty("addresses")[0].GetProperty("isDefault").ValueKind);
    }

    [Fact]
    public async Task RecommendationsAndNotificationsAnswerForTheTokensUser()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-005");

        var response = (await host.QueryAsync("{ unreadNotificationCount recommendedForMe(first: 2) { product { name } } }", token: token)).NoErrors();

        Assert.True(response.Data().GetProperty("unreadNotificationCount").GetInt32() >= 0);
        Assert.Equal(2, response.Data().GetProperty("recommendedForMe").GetArrayLength());
    }
}
