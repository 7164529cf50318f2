using System.Net;
using Bff.Instances.Tests.Support;
using static Bff.Instances.Tests.Support.InstanceRequests;

namespace Bff.Instances.Tests;

/// <summary>
/// Two bff-web processes behind one round-robin address behave as one: the cart a user changed through one is what the
/// other shows, the rate limit is one limit, and the SPA's APQ hashes are known to both.
/// </summary>
public sealed class TwoWebInstancesTests(TwoWebInstances two) : IClassFixture<TwoWebInstances>
{
    [Fact]
    public async Task ACartChangeOnOneInstanceIsSeenByTheOtherWhoseMemoryHadTheOldCart()
    {
        var token = await two.Demo.TokenForAsync("u-097");
        var before = await CartQuantityAsync(two.B.Http, token);
        Assert.Equal(before, await CartQuantityAsync(two.B.Http, token));

        var added = await AddToCartAsync(two.A.Http, token);

        Assert.Equal(before + 1, added);
        Assert.Equal(before + 1, await CartQuantityAsync(two.A.Http, token));
        // B answered the second read from memory; the backplane message over Redis pub/sub evicts that copy.
        await Eventually.TrueAsync(async () => await CartQuantityAsync(two.B.Http, token) == before + 1);
    }

    [Fact]
    public async Task TheClientLimitHoldsAcrossBothInstances()
    {
        var (permitted, next, onA, onB) = await SpendClientLimitAsync(two.Proxy.Http, two.A.Http, two.B.Http, "limited-spa");
        var otherClient = await TypenameStatusAsync(two.Proxy.Http, "other-spa");

        Assert.All(permitted, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (next, onA, onB));
        Assert.Equal(HttpStatusCode.OK, otherClient);
    }

    [Fact]
    public async Task AnApqHashRegisteredOnOneInstanceRunsOnTheOther()
    {
        var (query, hash) = UniqueQuery();
        var unknown = await GetByHashAsync(two.B.Http, hash);

        var registered = await RegisterAsync(two.A.Http, query, hash);
        var byHash = await GetByHashAsync(two.B.Http, hash);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(unknown.Errors()).Code());
        Assert.Equal("Query", registered.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", byHash.NoErrors().Data().GetProperty("x").GetString());
    }
}
