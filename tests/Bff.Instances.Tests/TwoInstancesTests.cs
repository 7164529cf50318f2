using System.Net;
using Bff.Instances.Tests.Support;
using static Bff.Instances.Tests.Support.InstanceRequests;
using static Bff.Testing.PersistedQueryRequests;

namespace Bff.Instances.Tests;

/// <summary>
/// Two processes of one BFF behind one round-robin address behave as one: nothing correctness depends on is kept in
/// a single process. Each test reaches the instances directly as well as through the proxy, so it knows which one
/// answered. Run for each BFF by its subclass.
/// </summary>
/// <param name="two">The instances, started once for the subclass.</param>
/// <param name="users">Two demo users whose carts only these tests change.</param>
public abstract class TwoInstancesTests(TwoInstances two, (string First, string Second) users)
{
    [Fact]
    public async Task ACartChangeOnOneInstanceIsSeenByTheOtherWhoseMemoryHadTheOldCart()
    {
        var token = await two.Demo.TokenForAsync(users.First);
        var before = await CartQuantityAsync(two.B.Http, token);
        Assert.Equal(before, await CartQuantityAsync(two.B.Http, token));

        var added = await AddToCartAsync(two.A.Http, token);

        Assert.Equal(before + 1, added);
        Assert.Equal(before + 1, await CartQuantityAsync(two.A.Http, token));
        // B answered the second read from memory; the backplane message over Redis pub/sub, moments after A's write,
        // evicts that copy.
        await Eventually.TrueAsync(async () => await CartQuantityAsync(two.B.Http, token) == before + 1);
    }

    [Fact]
    public async Task ThroughTheProxyEveryReadAfterAChangeShowsItWhicheverInstanceAnswers()
    {
        var token = await two.Demo.TokenForAsync(users.Second);
        // Both instances hold the cart before the change: round robin sends these two to A and B.
        var before = await CartQuantityAsync(two.Proxy.Http, token);
        Assert.Equal(before, await CartQuantityAsync(two.Proxy.Http, token));

        await AddToCartAsync(two.Proxy.Http, token);

        // Once the backplane message is through, two reads in a row (one per instance) both show the change.
        await Eventually.TrueAsync(async () =>
            await CartQuantityAsync(two.Proxy.Http, token) == before + 1 && await CartQuantityAsync(two.Proxy.Http, token) == before + 1);
        Assert.Equal(before + 1, await CartQuantityAsync(two.A.Http, token));
        Assert.Equal(before + 1, await CartQuantityAsync(two.B.Http, token));
    }

    [Fact]
    public async Task TheClientLimitHoldsAcrossBothInstances()
    {
        // Round robin splits the five between A (3) and B (2): a limit per instance would let the next ones through.
        var (permitted, next, onA, onB) = await SpendClientLimitAsync(two.Proxy.Http, two.A.Http, two.B.Http, "limited-app");
        var otherClient = await TypenameStatusAsync(two.Proxy.Http, "other-app");

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

    [Fact]
    public async Task ThroughTheProxyAHashRegisteredByOneRequestRunsOnBothInstances()
    {
        var (query, hash) = UniqueQuery();

        var registered = await RegisterAsync(two.Proxy.Http, query, hash);
        var next = await GetByHashAsync(two.Proxy.Http, hash);
        var afterThat = await GetByHashAsync(two.Proxy.Http, hash);

        Assert.Equal("Query", registered.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", next.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", afterThat.NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", (await GetByHashAsync(two.A.Http, hash)).NoErrors().Data().GetProperty("x").GetString());
        Assert.Equal("Query", (await GetByHashAsync(two.B.Http, hash)).NoErrors().Data().GetProperty("x").GetString());
    }
}
