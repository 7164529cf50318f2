using Bff.Caching.Tests.Support;
using Microsoft.Extensions.Caching.Hybrid;

namespace Bff.Caching.Tests.Internal;

public class DefaultTwoLevelCachePrivateDataTests(RedisFixture redis) : IClassFixture<RedisFixture>
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
    public async Task APlainStringKeyCannotReadAPrivateEntry()
    {
        await using var instance = Instance();
        await Cart(instance, "bob");
        HybridCache cache = instance.Cache;
        var called = false;

        await Assert.ThrowsAsync<ArgumentException>(() => cache.GetOrCreateAsync("cart:user:bob:current", _ =>
        {
            called = true;
            return ValueTask.FromResult("forged");
        }).AsTask());
        Assert.False(called);
    }

    [Fact]
    public async Task AUserIdShapedLikeAnotherKeyReachesOnlyItsOwnEntry()
    {
        await using var instance = Instance();
        await Cart(instance, "bob");

        Assert.Equal("bob:current's cart", await Cart(instance, "bob:current"));
    }

    private CacheInstance Instance() => CacheInstance.Create(redis.Server, TimeProvider.System, _prefix);

    private static Task<string> Cart(CacheInstance instance, string userId) => CartAfter(instance, userId, Task.CompletedTask);

    private static async Task<string> CartAfter(CacheInstance instance, string userId, Task backend) =>
        await instance.Cache.GetOrCreateAsync(CacheKeys.ForUser("cart", userId, "current"), async _ =>
        {
            await backend;
            return $"{userId}'s cart";
        });
}
