using Bff.Mobile.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// What each of the app's operations costs in backend calls: cold, again on the same instance, and on a second
/// instance sharing the first one's Redis prefix. The numbers are printed for the benchmark report.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class OperationCallCountTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    /// <summary>Operation, cold calls, calls again on the same instance, calls on a second instance sharing Redis.</summary>
    private static readonly Dictionary<string, (string Cold, string Warm, string WarmOnAnotherInstance)> Expected = new()
    {
        // Featured products (one catalog batch) with prices and stock; the user's recommendations, their products and
        // prices; the unread count, which is never cached.
        ["Home"] = ("catalog:2, inventory:1, notifications:1, pricing:2, recommendations:1", "notifications:1", "notifications:1"),
        // The product; price, stock, rating, latest reviews and similar items; the similar products and their prices.
        ["ProductDetail"] = ("catalog:2, inventory:1, pricing:2, recommendations:1, reviews:2", "", ""),
        ["Cart"] = ("cart:1, catalog:1, inventory:1, pricing:1", "", ""),
        ["OrderTracking"] = ("catalog:1, orders:1", "", ""),
        // A mutation: every run is one write, nothing is read around it.
        ["AddToCart"] = ("cart:1", "cart:1", "cart:1"),
        ["UpdateCartItem"] = ("cart:1", "cart:1", "cart:1"),
        ["RemoveFromCart"] = ("cart:1", "cart:1", "cart:1"),
        // The order (a retry of the first one after the cold run), then the cart read and the ordered line taken out.
        ["PlaceOrder"] = ("cart:2, orders:1", "cart:2, orders:1", "cart:2, orders:1"),
        // Ten products in one catalog batch, their prices, stock and ratings at once, one batch each.
        ["RecentlyViewed"] = ("catalog:1, inventory:1, pricing:1, reviews:1", "", ""),
        // The page of hits, then their prices, stock and ratings, one batch each.
        ["Search"] = ("catalog:1, inventory:1, pricing:1, reviews:1", "", ""),
    };

    public static TheoryData<string> Operations => [.. ScreenOperations.OnDisk()];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task EachOperationCostsItsBackendCallsColdAndWarm(string name)
    {
        Assert.True(Expected.ContainsKey(name) && ScreenOperations.All.ContainsKey(name), $"Add {name}.graphql to the tables of the matrix tests.");
        var operation = ScreenOperations.All[name];
        var prefix = new Dictionary<string, string?>
        {
            ["Caching:KeyPrefix"] = "mm" + Guid.NewGuid().ToString("N"),
            // Where the calls go, not how long entries live (the policy tests have those): on two cores shared with
            // other builds a Redis read can take longer than the 100 ms budget (a miss), and the second instance can
            // start after stock's 5 s (eagerly refreshed from 4.5 s), so neither is left to the machine's load.
            ["Caching:DistributedCacheTimeout"] = "00:00:05",
            ["Caching:Policies:stock:Fresh"] = "00:05:00",
        };
        using var first = new MobileHost(demo, redis, overrides: prefix);

        var (token, variables) = await operation.PrepareAsync(demo);
        var cold = (await first.PostAsync(operation.Text, variables, token)).NoErrors();
        var coldCalls = first.Calls.PerService();
        first.Calls.Clear();
        (token, variables) = await operation.PrepareAsync(demo);
        var warm = (await first.PostAsync(operation.Text, variables, token)).NoErrors();
        var warmCalls = first.Calls.PerService();
        using var second = new MobileHost(demo, redis, overrides: prefix);
        (token, variables) = await operation.PrepareAsync(demo);
        var other = (await second.PostAsync(operation.Text, variables, token)).NoErrors();
        var otherCalls = second.Calls.PerService();

        output.WriteLine($"mobile {name}: cold {{{coldCalls}}} warm {{{warmCalls}}} warm on a second instance {{{otherCalls}}}");
        Assert.Equal(Expected[name], (coldCalls, warmCalls, otherCalls));
        Assert.Equal(cold.ToString(), warm.ToString());
        Assert.Equal(cold.ToString(), other.ToString());
    }

    [Fact]
    public void EveryOperationOnDiskHasARow()
    {
        Assert.Equal(ScreenOperations.OnDisk(), Expected.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ScreenOperations.OnDisk(), ScreenOperations.All.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The backends an operation reads, from the table; false when it has no row.</summary>
    internal static bool TryBackendsOf(string name, out string[] backends)
    {
        backends = Expected.TryGetValue(name, out var row) ? BackendCallCounts.Services(row.Cold) : [];
        return Expected.ContainsKey(name);
    }
}
