using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Orders;

[Collection(DomainsCollection.Name)]
public sealed class OrderConnectionTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Page = """
        query($first: Int, $after: String) {
          orderConnection(first: $first, after: $after) {
            totalCount
            edges { cursor node { id status itemCount } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task TheOrderConnectionPagesThroughTheSignedInUsersOrdersAsTheOrdersServiceHasThem()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-071");
        var expected = await BackendOrdersAsync(token);

        var pages = await RelayPages.WalkAsync(async after =>
            (await host.QueryAsync(Page, new { first = 2, after }, token)).NoErrors().Data().GetProperty("orderConnection"));

        Assert.Equal(expected.Ids, pages.NodeIds());
        Assert.All(pages, p => Assert.Equal(expected.TotalCount, p.GetProperty("totalCount").GetInt32()));
        Assert.False(pages[^1].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(1, host.Calls.CountOf("orders"));
    }

    [Fact]
    public async Task WithoutATokenTheOrderConnectionIsUnauthenticatedAndTheRestIsServedWithoutAnOrdersCall()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync("""{ orderConnection { totalCount } product(id: "3") { name } }""");

        var error = Assert.Single(response.Errors());
        Assert.Equal("UNAUTHENTICATED", error.Code());
        Assert.Equal("orderConnection", error.PathText());
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty("orderConnection").ValueKind);
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, host.Calls.CountOf("orders"));
    }

    [Fact]
    public async Task EachUserGetsTheirOwnCachedOrdersAndPlacingAnOrderShowsItFirst()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var alice = await demo.TokenForAsync("u-072");
        var bob = await demo.TokenForAsync("u-073");

        var aliceBefore = await FirstPageAsync(host, alice);
        var bobs = await FirstPageAsync(host, bob);
        await FirstPageAsync(host, alice);
        Assert.Equal(2, host.Calls.CountOf("orders"));
        Assert.Equal((await BackendOrdersAsync(bob)).Ids.Take(10), new[] { bobs }.NodeIds());

        var placed = (await host.QueryAsync(
            """mutation($key: String!) { placeOrder(input: { lines: [{ productId: "21", quantity: 1 }], idempotencyKey: $key }) { id } }""",
            new { key = "connection-" + Guid.NewGuid().ToString("N") }, alice)).NoErrors();
        var aliceAfter = await FirstPageAsync(host, alice);

        Assert.Equal(aliceBefore.GetProperty("totalCount").GetInt32() + 1, aliceAfter.GetProperty("totalCount").GetInt32());
        Assert.Equal(placed.Data().GetProperty("placeOrder").GetProperty("id").GetString(), new[] { aliceAfter }.NodeIds().First());
    }

    [Fact]
    public async Task AForgedCursorIsBadUserInputWithoutAnOrdersCall()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var token = await demo.TokenForAsync("u-074");

        var response = await host.QueryAsync(Page, new { after = "offset:3" }, token);

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Equal(0, host.Calls.CountOf("orders"));
    }

    private static async Task<JsonElement> FirstPageAsync(DomainsHost host, string token) =>
        (await host.QueryAsync(Page, new { first = 10 }, token)).NoErrors().Data().GetProperty("orderConnection");

    private async Task<(string?[] Ids, int TotalCount)> BackendOrdersAsync(string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(demo.UrlOf("Orders"), "/orders?pageSize=50"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. body.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString())], body.GetProperty("totalCount").GetInt32());
    }
}
