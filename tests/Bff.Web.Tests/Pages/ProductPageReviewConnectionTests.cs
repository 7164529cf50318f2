using System.Net.Http.Json;
using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Pages;

[Collection(WebCollection.Name)]
public sealed class ProductPageReviewConnectionTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Query = """
        query($id: ID!, $first: Int, $after: String) {
          productPage(id: $id) {
            product { name }
            rating { count }
            reviewConnection(first: $first, after: $after) {
              totalCount
              edges { cursor node { id } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    [Fact]
    public async Task TheProductPagesReviewsPageByCursorToTheEndNextToTheRatingSummary()
    {
        using var bff = new WebBff(demo, redis);
        var (productId, expected) = await ReviewsOfAsync("42");
        var pages = new List<JsonElement>();

        var connections = await RelayPages.WalkAsync(async after =>
        {
            var page = (await bff.QueryAsync(Query, new { id = productId, first = 2, after })).NoErrors().Data().GetProperty("productPage");
            pages.Add(page);
            return page.GetProperty("reviewConnection");
        });

        Assert.Equal(expected, connections.NodeIds());
        Assert.All(pages, p => Assert.Equal(expected.Length, p.GetProperty("rating").GetProperty("count").GetInt32()));
        Assert.All(connections, c => Assert.Equal(expected.Length, c.GetProperty("totalCount").GetInt32()));
        Assert.False(connections[^1].GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(connections.Count > 1);
    }

    [Fact]
    public async Task ABadCursorFailsOnlyTheReviewListOfThePage()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync(Query, new { id = "42", after = "b2Zmc2V0Onh5eg" });

        var error = Assert.Single(response.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("productPage.reviewConnection", error.PathText());
        Assert.True(response.Data().GetProperty("productPage").GetProperty("rating").GetProperty("count").GetInt32() > 0);
        Assert.DoesNotContain(bff.Calls.Calls, c => c.StartsWith("reviews GET /products/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFirstAboveFiftyIsBadUserInputWithoutAReviewsPageCall()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("""{ productPage(id: "42") { reviewConnection(first: 51) { totalCount } } }""");

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Equal(0, bff.Calls.CountOf("reviews"));
    }

    private async Task<(string Id, string?[] Ids)> ReviewsOfAsync(string productId)
    {
        using var http = new HttpClient { BaseAddress = demo.UrlOf("Reviews") };
        var all = await http.GetFromJsonAsync<JsonElement>($"/products/{productId}/reviews?pageSize=50");
        return (productId, [.. all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString())]);
    }
}
