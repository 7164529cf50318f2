using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Account;

[Collection(WebCollection.Name)]
public sealed class OrderConnectionTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Query = """
        query($first: Int, $after: String) {
          orderConnection(first: $first, after: $after) {
            totalCount
            edges { cursor node { id total currency } }
            pageInfo { hasNextPage endCursor }
          }
          orders(pageSize: 50) { totalCount items { id } }
        }
        """;

    [Fact]
    public async Task TheAccountsOrderHistoryPagesByCursorOverTheSameOrdersAsThePagedList()
    {
        using var bff = new WebBff(demo, redis);
        var token = await demo.TokenForAsync("u-081");
        var response = default(JsonElement);

        var pages = await RelayPages.WalkAsync(async after =>
        {
            response = (await bff.QueryAsync(Query, new { first = 3, after }, token)).NoErrors().Data();
            return response.GetProperty("orderConnection");
        });
        var ids = pages.NodeIds();

        var paged = response.GetProperty("orders");
        Assert.Equal(paged.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()), ids);
        Assert.Equal(paged.GetProperty("totalCount").GetInt32(), response.GetProperty("orderConnection").GetProperty("totalCount").GetInt32());
        // orders(pageSize: 50) and the connection's pages are one cached backend page.
        Assert.Equal(1, bff.Calls.CountOf("orders"));
    }

    [Fact]
    public async Task WithoutATokenTheOrderHistoryIsUnauthenticatedAndThePageIsStillServed()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("""{ orderConnection { totalCount } productPage(id: "9") { product { name } } }""");

        var error = Assert.Single(response.Errors());
        Assert.Equal("UNAUTHENTICATED", error.Code());
        Assert.Equal("orderConnection", error.PathText());
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("productPage").GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, bff.Calls.CountOf("orders"));
    }
}
