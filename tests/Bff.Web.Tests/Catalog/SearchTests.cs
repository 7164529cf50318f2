using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Catalog;

[Collection(WebCollection.Name)]
public sealed class SearchTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Search = """
        query($after: String, $first: Int) {
          search(query: "a", first: $first, after: $after) {
            totalCount
            edges { cursor node { id name price { amount } } }
            pageInfo { hasNextPage hasPreviousPage endCursor }
            facets { brands { value count } categories { value count } }
          }
          categories { id name }
        }
        """;

    [Fact]
    public async Task SearchPagesThroughTheResultWithTheCursorsOfItsRelayConnection()
    {
        using var bff = new WebBff(demo, redis);

        var first = (await bff.QueryAsync(Search, new { first = 6 })).NoErrors().Data();
        var after = first.GetProperty("search").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await bff.QueryAsync(Search, new { first = 6, after })).NoErrors().Data().GetProperty("search");
        var both = (await bff.QueryAsync(Search, new { first = 12 })).NoErrors().Data().GetProperty("search");

        Assert.Equal(6, first.GetProperty("search").GetProperty("edges").GetArrayLength());
        Assert.True(first.GetProperty("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(IdsOf(both), IdsOf(first.GetProperty("search")).Concat(IdsOf(second)));
        Assert.Equal(after, first.GetProperty("search").GetProperty("edges")[5].GetProperty("cursor").GetString());
        Assert.NotEmpty(first.GetProperty("search").GetProperty("facets").GetProperty("brands").EnumerateArray());
        Assert.NotEmpty(first.GetProperty("categories").EnumerateArray());
    }

    [Fact]
    public async Task ACursorThatIsNotOursIsRefusedBeforeAnyCall()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("{ search(query: \"a\", after: \"../../admin\") { totalCount } }");

        Assert.Equal(("BAD_USER_INPUT", "search"), (Assert.Single(response.Errors()).Code(), response.Errors()[0].PathText()));
        Assert.Equal(JsonValueKind.Null, response.Data().GetProperty("search").ValueKind);
        Assert.Equal(0, bff.Calls.CountOf("catalog"));
    }

    private static string[] IdsOf(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
}
