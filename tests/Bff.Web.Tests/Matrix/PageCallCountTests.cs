using Bff.Web.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// What each page costs in backend calls: cold, warm on the same instance (memory and Redis), and warm on a second
/// instance sharing the first one's Redis prefix (Redis only). The numbers are printed for the benchmark report.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageCallCountTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    /// <summary>Page, cold calls, warm calls on the same instance, warm calls on a second instance sharing Redis.</summary>
    public static TheoryData<string, string, string, string> Counts => new()
    {
        // The product, its category, the 4 recommended products in a second catalog batch; stock and stores; ratings
        // and latest reviews; prices and stock for the page and for the recommendations.
        { "product", "catalog:3, inventory:3, pricing:2, recommendations:1, reviews:2", "", "" },
        { "search", "catalog:1, inventory:1, pricing:1, reviews:1", "", "" },
        { "categories", "catalog:1", "", "" },
        { "category", "catalog:2, pricing:1", "", "" },
        // Private data is cached per user (30 s cart, 1 min profile, 30 s orders, 5 min recommendations) in both levels.
        { "cart", "cart:1, catalog:1, inventory:1, pricing:1", "", "" },
        { "me", "users:2", "", "" },
        { "orders", "orders:1", "", "" },
        { "order", "catalog:1, orders:1, pricing:1", "", "" },
        // Notifications are never cached: every read asks the service.
        { "notifications", "notifications:2", "notifications:2", "notifications:2" },
        { "for-you", "catalog:1, pricing:1, recommendations:1", "", "" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public async Task EachPageCostsItsBackendCallsColdAndWarm(string page, string cold, string warm, string warmOnAnotherInstance)
    {
        var query = WebPages.All[page];
        var (token, variables) = await query.PrepareAsync(demo);
        var prefix = new Dictionary<string, string?>
        {
            ["Caching:KeyPrefix"] = "wm" + Guid.NewGuid().ToString("N"),
            // Where the calls go, not how long entries live (the policy tests have those): on two cores shared with
            // other builds a Redis read can take longer than the 100 ms budget (a miss), and the second instance can
            // start after stock's 5 s (eagerly refreshed from 4.5 s), so neither is left to the machine's load.
            ["Caching:DistributedCacheTimeout"] = "00:00:05",
            ["Caching:Policies:stock:Fresh"] = "00:05:00",
        };
        using var first = new WebBff(demo, redis, prefix);

        var coldResponse = (await first.QueryAsync(query.Query, variables, token)).NoErrors();
        var coldCalls = first.Calls.PerService();
        first.Calls.Clear();
        var warmResponse = (await first.QueryAsync(query.Query, variables, token)).NoErrors();
        var warmCalls = first.Calls.PerService();
        using var second = new WebBff(demo, redis, prefix);
        var otherResponse = (await second.QueryAsync(query.Query, variables, token)).NoErrors();
        var otherCalls = second.Calls.PerService();

        output.WriteLine($"web {page}: cold {{{coldCalls}}} warm {{{warmCalls}}} warm on a second instance {{{otherCalls}}}");
        Assert.Equal((cold, warm, warmOnAnotherInstance), (coldCalls, warmCalls, otherCalls));
        Assert.Equal(coldResponse.ToString(), warmResponse.ToString());
        Assert.Equal(coldResponse.ToString(), otherResponse.ToString());
    }

    [Fact]
    public void EveryPageHasARowOfExpectedCounts() =>
        Assert.Equal(WebPages.All.Keys.Order(StringComparer.Ordinal), Counts.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
}
