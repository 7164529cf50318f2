using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Catalog;

[Collection(DomainsCollection.Name)]
public sealed class ProductBatchingTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string TwentyProducts = """
        query($ids: [ID!]!) { products(ids: $ids) { id name price { amount currency } stock { totalQuantity inStock } } }
        """;

    private static readonly string[] Ids = [.. Enumerable.Range(101, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task TwentyProductsWithPriceAndStockCostOneCallPerBackendColdAndNoneWarm()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var cold = (await host.QueryAsync(TwentyProducts, new { ids = Ids })).NoErrors();
        var coldCalls = host.Calls.Calls;
        host.Calls.Clear();
        var warm = (await host.QueryAsync(TwentyProducts, new { ids = Ids })).NoErrors();

        Assert.Equal(["catalog GET /products", "inventory GET /stock", "pricing GET /prices"], coldCalls.Order());
        Assert.Empty(host.Calls.Calls);
        Assert.Equal(coldCalls.Order(), host.Sent.Calls.Order());
        Assert.Equal(20, cold.Data().GetProperty("products").GetArrayLength());
        Assert.Equal(cold.ToString(), warm.ToString());
        Assert.Equal("EUR", cold.Data().GetProperty("products")[0].GetProperty("price").GetProperty("currency").GetString());
    }

    [Fact]
    public async Task AnotherInstanceSharingRedisServesTheListWithoutBackendCalls()
    {
        var prefix = "t" + Guid.NewGuid().ToString("N");
        await using (var first = await DomainsHost.StartAsync(demo, redis, prefix))
        {
            (await first.QueryAsync(TwentyProducts, new { ids = Ids })).NoErrors();
        }

        await using var second = await DomainsHost.StartAsync(demo, redis, prefix);
        (await second.QueryAsync(TwentyProducts, new { ids = Ids })).NoErrors();

        Assert.Empty(second.Calls.Calls);
    }

    [Fact]
    public async Task OnlyTheIdsNotInCacheAreFetched()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        (await host.QueryAsync(TwentyProducts, new { ids = Ids[..10] })).NoErrors();
        host.Calls.Clear();

        var response = (await host.QueryAsync(TwentyProducts, new { ids = Ids })).NoErrors();

        Assert.Equal(3, host.Calls.Calls.Count);
        Assert.Equal(Ids, response.Data().GetProperty("products").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task MoreThanAHundredDistinctIdsAreSplitIntoBatchesTheBackendsAccept()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        const string Query = "query($ids: [ID!]!, $more: [ID!]!) { a: products(ids: $ids) { id price { amount } } b: products(ids: $more) { id price { amount } } }";
        var more = Enumerable.Range(201, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var many = Enumerable.Range(301, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var response = (await host.QueryAsync(Query, new { ids = many, more })).NoErrors();

        Assert.Equal(2, host.Calls.CountOf("catalog"));
        Assert.Equal(2, host.Calls.CountOf("pricing"));
        Assert.Equal(150, response.Data().GetProperty("a").GetArrayLength() + response.Data().GetProperty("b").GetArrayLength());
    }

    [Fact]
    public async Task AnUnknownCategoryIsNullAndAProductsCategoryIsBatched()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var unknown = (await host.QueryAsync("{ category(id: \"c-99\") { name } }")).NoErrors();
        host.Calls.Clear();
        var response = (await host.QueryAsync("{ products(ids: [\"7\", \"8\", \"9\"]) { category { id name } } }")).NoErrors();

        Assert.Equal(System.Text.Json.JsonValueKind.Null, unknown.Data().GetProperty("category").ValueKind);
        Assert.All(response.Data().GetProperty("products").EnumerateArray(), p => Assert.StartsWith("c-", p.GetProperty("category").GetProperty("id").GetString()));
        Assert.Equal(["catalog GET /categories", "catalog GET /products"], host.Calls.Calls.Order());
    }
}
