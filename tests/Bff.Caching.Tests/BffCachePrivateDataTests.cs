using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests;

public abstract class BffCachePrivateDataTests(IRedisTopology redis)
{
    private readonly string _prefix = CacheInstance.NewPrefix();

    [Fact]
    public async Task UserANeverReceivesUserBsCachedEntry()
    {
        await using var first = Instance();
        await using var second = Instance();

        foreach (var instance in new[] { first, first, second, second })
        {
            Assert.Equal("alice's cart", await Cart(instance, "alice"));
            Assert.Equal("bob's cart", await Cart(instance, "bob"));
        }
    }

    [Fact]
    public async Task ConcurrentMissesOfTwoUsersAreNotMerged()
    {
        await using var instance = Instance();
        var gate = new TaskCompletionSource();

        var alice = CartAfter(instance, "alice", gate.Task);
        var bob = CartAfter(instance, "bob", gate.Task);
        gate.SetResult();

        Assert.Equal(("alice's cart", "bob's cart"), (await alice, await bob));
    }

    [Fact]
    public async Task NoPublicKeyReadsAUsersPrivateEntry()
    {
        await using var instance = Instance();
        await Cart(instance, "bob");
        var forged = CacheKeys.Public("cart", "user%3Abob", "current");

        var read = await instance.Cache.GetOrSetAsync(forged, _ => Task.FromResult("public"));

        Assert.Equal(("public", CacheSource.Factory), (read.Value, read.Source));
    }

    [Fact]
    public async Task AUserIdShapedLikeAnotherKeyReachesOnlyItsOwnEntry()
    {
        await using var instance = Instance();
        await Cart(instance, "bob");

        Assert.Equal("bob:current's cart", await Cart(instance, "bob:current"));
    }

    private CacheInstance Instance() => CacheInstance.CreateOn(redis.Configuration, _prefix);

    private static Task<string> Cart(CacheInstance instance, string userId) => CartAfter(instance, userId, Task.CompletedTask);

    private static async Task<string> CartAfter(CacheInstance instance, string userId, Task backend) =>
        (await instance.Cache.GetOrSetAsync(CacheKeys.ForUser("cart", userId, "current"), async _ =>
        {
            await backend;
            return $"{userId}'s cart";
        })).Value;
}

/// <summary>The behaviour above on one redis-server.</summary>
public sealed class BffCachePrivateDataTestsOnRedis(SingleRedis redis) : BffCachePrivateDataTests(redis), IClassFixture<SingleRedis>;

/// <summary>The behaviour above on a three-master Redis Cluster.</summary>
[Collection(RedisClusterCollection.Name)]
public sealed class BffCachePrivateDataTestsOnCluster(SharedRedisCluster redis) : BffCachePrivateDataTests(redis);
