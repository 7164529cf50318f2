using System.Net;
using Bff.Instances.Tests.Support;
using StackExchange.Redis;
using static Bff.Instances.Tests.Support.InstanceRequests;
using static Bff.Testing.PersistedQueryRequests;

namespace Bff.Instances.Tests;

/// <summary>
/// Both BFFs as real processes on a three-master Redis Cluster, two instances each: what one instance loaded the other
/// reads from the cluster without asking a backend, a cart change on one evicts the other's memory over the cluster's
/// pub/sub, the rate limit is counted in the cluster, and an APQ hash registered on one runs on the other.
/// </summary>
public sealed class BothBffsOnARedisClusterTests(ClusterInstances cluster) : IClassFixture<ClusterInstances>
{
    /// <summary>Each BFF.</summary>
    public static TheoryData<string> Bffs => new() { "mobile", "web" };

    [Theory]
    [MemberData(nameof(Bffs))]
    public async Task TheProductScreenColdOnOneInstanceCostsTheOtherNoBackendCall(string bff)
    {
        var pair = PairOf(bff);
        var (query, variables) = ProductScreen(pair.App);
        var calls = cluster.Backends.Calls;

        calls.Clear();
        var cold = (await PostAsync(pair.A.Http, query, variables, null)).NoErrors();
        var coldCalls = calls.PerService();
        calls.Clear();
        var onB = (await PostAsync(pair.B.Http, query, variables, null)).NoErrors();
        var onBCalls = calls.PerService();

        // Cold, A asked every backend the screen shows; B had none of it in memory and found all of it in the cluster.
        Assert.Equal(["catalog", "inventory", "pricing", "recommendations", "reviews"], BackendCallCounts.Services(coldCalls));
        Assert.Equal("", onBCalls);
        Assert.Equal(cold.ToString(), onB.ToString());
        Assert.True(await MastersHoldingKeysAsync() >= 2, "the entries are spread over the cluster's masters by hash slot");
    }

    [Theory]
    [MemberData(nameof(Bffs))]
    public async Task ACartChangeOnOneInstanceIsSeenByTheOtherOverTheCluster(string bff)
    {
        var pair = PairOf(bff);
        // Users no other test changes the cart of.
        var token = await cluster.Demo.TokenForAsync(bff == "mobile" ? "u-098" : "u-099");
        var before = await CartQuantityAsync(pair.B.Http, token);
        Assert.Equal(before, await CartQuantityAsync(pair.B.Http, token));

        var added = await AddToCartAsync(pair.A.Http, token);

        Assert.Equal(before + 1, added);
        // B answered the second read from memory; the backplane message, published on the cluster, evicts that copy.
        await Eventually.TrueAsync(async () => await CartQuantityAsync(pair.B.Http, token) == before + 1);
    }

    [Theory]
    [MemberData(nameof(Bffs))]
    public async Task TheRateLimitHoldsAcrossBothInstancesOnTheCluster(string bff)
    {
        var pair = PairOf(bff);
        var client = "cluster-" + bff;

        var (permitted, next, onA, onB) = await SpendClientLimitAsync(pair.Proxy.Http, pair.A.Http, pair.B.Http, client);

        Assert.All(permitted, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (next, onA, onB));
        // Counted in the cluster, not by each instance on its own while Redis is unreachable.
        Assert.NotEmpty(await KeysContainingAsync(client));
    }

    [Theory]
    [MemberData(nameof(Bffs))]
    public async Task AnApqHashRegisteredOnOneInstanceRunsOnTheOtherOverTheCluster(string bff)
    {
        var pair = PairOf(bff);
        var (query, hash) = UniqueQuery();

        var registered = await RegisterAsync(pair.A.Http, query, hash);
        var byHash = await GetByHashAsync(pair.B.Http, hash);

        Assert.Equal("Query", registered.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", byHash.NoErrors().Data().GetProperty("x").GetString());
    }

    private InstancePair PairOf(string bff) => cluster.Of(bff == "mobile" ? BffApp.Mobile : BffApp.Web);

    // The app's own product screen operation (shipped beside bff-mobile), and the web's product page; a product per
    // BFF that no other test of the class reads, so the first read is cold.
    private static (string Query, object Variables) ProductScreen(BffApp app) => app == BffApp.Mobile
        ? (File.ReadAllText(Path.Combine(app.Directory, "Operations", "ProductDetail.graphql")), new { id = "4101", imageWidth = 480 })
        : ("""
            query($id: ID!) {
              productPage(id: $id) {
                product { id name brand category { name } }
                price { amount currency }
                stock { totalQuantity inStock }
                rating { average count }
                reviews(first: 3) { totalCount items { authorName rating title } }
                recommendations(first: 4) { product { id name price { amount } } }
              }
            }
            """, new { id = "4102" });

    private async Task<int> MastersHoldingKeysAsync()
    {
        var holding = 0;
        foreach (var master in Masters())
        {
            holding += await master.DatabaseSizeAsync() > 0 ? 1 : 0;
        }

        return holding;
    }

    private async Task<List<string>> KeysContainingAsync(string text)
    {
        var keys = new List<string>();
        foreach (var master in Masters())
        {
            await foreach (var key in master.KeysAsync(pattern: $"*{text}*"))
            {
                keys.Add(key.ToString());
            }
        }

        return keys;
    }

    private IEnumerable<IServer> Masters() => cluster.Redis.Cluster.Ports.Select(p => cluster.Redis.Raw.GetServer("127.0.0.1", p));
}
