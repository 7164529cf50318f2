using Bff.Domains.Tests.Support;

namespace Bff.Domains.Tests.Catalog;

[Collection(DomainsCollection.Name)]
public sealed class IdBoundaryTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Theory]
    [InlineData("../..")]
    [InlineData("%2e%2E")]
    [InlineData("0")]
    [InlineData("1000000000")]
    [InlineData("7 ")]
    [InlineData("c-01")]
    [InlineData("")]
    public async Task AProductIdOfTheWrongShapeIsAnErrorOnThatFieldWithoutABackendCall(string id)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync("query($id: ID!) { bad: product(id: $id) { name price { amount } } good: categories { id } }", new { id });

        var error = Assert.Single(response.Errors());
        Assert.Equal(("BAD_USER_INPUT", "bad"), (error.Code(), error.PathText()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data().GetProperty("bad").ValueKind);
        Assert.True(response.Data().GetProperty("good").GetArrayLength() > 0);
        Assert.Equal(["catalog GET /categories"], host.Calls.Calls);
    }

    [Fact]
    public async Task OneBadIdInAListFailsTheListBeforeAnyCall()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync("{ products(ids: [\"1\", \"../admin\"]) { id } }");

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    [Theory]
    [InlineData("{ category(id: \"../c-01\") { name } }")]
    [InlineData("{ store(id: \"s-1\") { name } }")]
    [InlineData("{ searchProducts(categoryId: \"..\") { totalCount } }")]
    [InlineData("{ searchProducts(after: \"not-a-cursor\") { totalCount } }")]
    [InlineData("{ searchProducts(first: 0) { totalCount } }")]
    [InlineData("{ product(id: \"1\") { reviews(first: 21) { totalCount } } }")]
    public async Task OtherMalformedArgumentsAreRefusedAtTheBoundary(string query)
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync(query);

        Assert.Contains(response.Errors(), e => e.Code() == "BAD_USER_INPUT");
        Assert.DoesNotContain(host.Calls.Calls, c => c.StartsWith("catalog GET /products/search", StringComparison.Ordinal)
            || c.StartsWith("catalog GET /categories", StringComparison.Ordinal) || c.StartsWith("inventory", StringComparison.Ordinal)
            || c.StartsWith("reviews", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongerListThanAHundredIdsIsRefused()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);
        var ids = Enumerable.Range(1, 101).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var response = await host.QueryAsync("query($ids: [ID!]!) { products(ids: $ids) { id } }", new { ids });

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }

    [Fact]
    public async Task SearchTextLongerThan200CharactersIsRefusedBeforeTheCatalogIsAsked()
    {
        await using var host = await DomainsHost.StartAsync(demo, redis);

        var response = await host.QueryAsync("query($q: String) { searchProducts(query: $q) { totalCount } }", new { q = new string('a', 201) });

        Assert.Equal("BAD_USER_INPUT", Assert.Single(response.Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }
}
