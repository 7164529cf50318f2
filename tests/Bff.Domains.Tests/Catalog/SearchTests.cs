using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Catalog;

[Collection(DomainsCollection.Name)]
public sealed class SearchTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Search = """
        query($after: String, $first: Int) {
          searchProducts(query: "a", first: $first, after: $after) {
            totalCount
            edges { cursor node { id } }
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            facets { brands { value count } categories { value count } }
          }
        }
        """;

    [Fact]
    public async Task SearchIsARelayConnectionWithFacetsWhoseCursorsPageThroughTheResult()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var first = (await host.QueryAsync(Search, new { first = 5 })).NoErrors().Data().GetProperty("searchProducts");
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await host.QueryAsync(Search, new { first = 5, after })).NoErrors().Data().GetProperty("searchProducts");
        var both = (await host.QueryAsync(Search, new { first = 10 })).NoErrors().Data().GetProperty("searchProducts");

        Assert.True(first.GetProperty("totalCount").GetInt32() > 10);
        Assert.Equal(5, first.GetProperty("edges").GetArrayLength());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(IdsOf(both), IdsOf(first).Concat(IdsOf(second)));
        Assert.True(first.GetProperty("facets").GetProperty("brands").GetArrayLength() > 0);
    }

    [Fact]
    public async Task AWindowThatStartsInsideABackendPageIsFilledFromTheNextPage()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var three = (await host.QueryAsync(Search, new { first = 3 })).NoErrors().Data().GetProperty("searchProducts");
        var all = (await host.QueryAsync(Search, new { first = 8 })).NoErrors().Data().GetProperty("searchProducts");

        var rest = (await host.QueryAsync(Search, new { first = 5, after = three.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .NoErrors().Data().GetProperty("searchProducts");

        Assert.Equal(IdsOf(all), IdsOf(three).Concat(IdsOf(rest)));
    }

    private static string?[] IdsOf(System.Text.Json.JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString())];
}
