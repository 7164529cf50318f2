using System.Buffers.Text;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Reviews;

[Collection(DomainsCollection.Name)]
public sealed class ReviewConnectionTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Page = """
        query($id: ID!, $first: Int, $after: String) {
          product(id: $id) {
            name
            reviewConnection(first: $first, after: $after) {
              totalCount
              edges { cursor node { id rating } }
              pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
          }
        }
        """;

    [Fact]
    public async Task PagingForwardByEndCursorWalksEveryReviewOfTheBackendInOrderFromOneCachedBackendPage()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var (productId, expected) = await ProductWithManyReviewsAsync();

        var pages = await RelayPages.WalkAsync(async after => (await host.QueryAsync(Page, new { id = productId, first = 3, after }))
            .NoErrors().Data().GetProperty("product").GetProperty("reviewConnection"));

        Assert.Equal(expected.Ids, pages.NodeIds());
        Assert.All(pages, p => Assert.Equal(expected.TotalCount, p.GetProperty("totalCount").GetInt32()));
        Assert.False(Info(pages[0]).GetProperty("hasPreviousPage").GetBoolean());
        Assert.All(pages.Skip(1), p => Assert.True(Info(p).GetProperty("hasPreviousPage").GetBoolean()));
        Assert.All(pages.SkipLast(1), p => Assert.True(Info(p).GetProperty("hasNextPage").GetBoolean()));
        Assert.False(Info(pages[^1]).GetProperty("hasNextPage").GetBoolean());
        Assert.All(pages, p => Assert.Equal(p.GetProperty("edges")[p.GetProperty("edges").GetArrayLength() - 1].GetProperty("cursor").GetString(),
            Info(p).GetProperty("endCursor").GetString()));
        // Every page after the first is cut from the one cached backend page of 50.
        Assert.Equal(1, host.Calls.CountOf("reviews"));
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("b2Zmc2V0Oi0x")]
    [InlineData("../../reviews")]
    public async Task ACursorThatIsNotOneOfOursIsBadUserInputOnTheFieldAndNeverABackendCall(string after)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync(Page, new { id = "7", after });

        var error = Assert.Single(response.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Equal("product.reviewConnection", error.PathText());
        Assert.False(string.IsNullOrEmpty(response.Data().GetProperty("product").GetProperty("name").GetString()));
        Assert.Equal(0, host.Calls.CountOf("reviews"));
    }

    [Fact]
    public async Task ACursorFarBeyondAnyProductsReviewsIsRefusedWithoutACall()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var forged = Base64Url.EncodeToString(Encoding.ASCII.GetBytes("offset:999999"));

        var response = await host.QueryAsync(Page, new { id = "7", after = forged });

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Equal(0, host.Calls.CountOf("reviews"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task FirstOutsideOneToFiftyIsBadUserInputWithoutACall(int first)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync(Page, new { id = "7", first });

        var error = Assert.Single(response.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains("between 1 and 50", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Calls.CountOf("reviews"));
    }

    // The product of 1..100 with the most reviews, and its reviews as the backend lists them.
    private async Task<(string Id, (string?[] Ids, int TotalCount) Expected)> ProductWithManyReviewsAsync()
    {
        using var http = new HttpClient { BaseAddress = demo.UrlOf("Reviews") };
        var ratings = await http.GetFromJsonAsync<JsonElement>("/ratings?productIds=" + string.Join(',', Enumerable.Range(1, 100)));
        var id = ratings.EnumerateArray().MaxBy(r => r.GetProperty("count").GetInt32()).GetProperty("productId").GetString()!;
        var all = await http.GetFromJsonAsync<JsonElement>($"/products/{id}/reviews?pageSize=50");
        Assert.True(all.GetProperty("totalCount").GetInt32() > 6, "the walk needs at least three pages of three");
        string?[] ids = [.. all.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString())];
        return (id, (ids, all.GetProperty("totalCount").GetInt32()));
    }

    private static JsonElement Info(JsonElement page) => page.GetProperty("pageInfo");
}
