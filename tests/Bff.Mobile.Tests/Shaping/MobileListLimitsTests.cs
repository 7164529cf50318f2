using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.Mobile.Shaping;
using Bff.Mobile.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Mobile.Tests.Shaping;

[Collection(MobileCollection.Name)]
public sealed class MobileListLimitsTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Theory]
    [InlineData("query($n: Int) { searchProducts(query: \"a\", first: $n) { totalCount } }", 20, "catalog", false)]
    [InlineData("query($n: Int) { product(id: \"42\") { reviews(first: $n) { totalCount } } }", 10, "reviews", false)]
    [InlineData("query($n: Int) { product(id: \"42\") { reviewConnection(first: $n) { totalCount } } }", 10, "reviews", false)]
    [InlineData("query($n: Int) { product(id: \"42\") { similar(first: $n) { score } } }", 10, "recommendations", false)]
    [InlineData("query($n: Int) { recommendedForMe(first: $n) { score } }", 10, "recommendations", true)]
    [InlineData("query($n: Int) { orders(pageSize: $n) { totalCount } }", 20, "orders", true)]
    [InlineData("query($n: Int) { orderConnection(first: $n) { totalCount } }", 20, "orders", true)]
    [InlineData("query($n: Int) { notifications(first: $n) { id } }", 20, "notifications", true)]
    public async Task AListLargerThanTheAppsMaximumIsBadUserInputWithoutACallAndTheMaximumIsServed(
        string query, int max, string backend, bool signedIn)
    {
        using var host = new MobileHost(demo, redis);
        var token = signedIn ? await demo.TokenForAsync("u-092") : null;

        var tooMany = await host.PostAsync(query, new { n = max + 1 }, token);

        var error = Assert.Single(tooMany.Errors());
        Assert.Equal("BAD_USER_INPUT", error.Code());
        Assert.Contains($"between 1 and {max}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Calls.CountOf(backend));

        (await host.PostAsync(query, new { n = max }, token)).NoErrors();
        Assert.True(host.Calls.CountOf(backend) > 0);
    }

    [Fact]
    public void EveryLimitIsOnAFieldOfTheAppsSchemaAndAtLeastItsDefault()
    {
        using var host = new MobileHost(demo, redis);
        var schema = host.Services.GetRequiredService<GraphQLRequestExecutor>().Schema;

        Assert.All(MobileListLimits.All, limit =>
        {
            var field = ((ObjectType)schema.Types[limit.Type]).Fields[limit.Field];
            var argument = field.Arguments[limit.Argument];
            Assert.InRange((int)argument.CoercedDefaultValue!, 1, limit.Max);
        });
    }

    [Theory]
    [InlineData("{ searchProducts(query: \"a\") { edges { cursor } } }", 20)]
    [InlineData("{ product(id: \"42\") { reviewConnection { edges { cursor } } } }", 10)]
    public async Task WithoutAnArgumentTheAppGetsAPageWithinItsMaximum(string query, int max)
    {
        using var host = new MobileHost(demo, redis);

        var response = (await host.PostAsync(query)).NoErrors().ToString();

        var edges = System.Text.RegularExpressions.Regex.Count(response, "\"cursor\"");
        Assert.InRange(edges, 1, max);
    }
}
