using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

public class BoundsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task FillingMemoryStaysWithinL1SizeLimit()
    {
        await using var instance = CacheInstance.Create(null, CacheInstance.NewPrefix(), o => o.L1SizeLimit = 1_000);

        for (var i = 0; i < 5_000; i++)
        {
            await instance.Cache.SetAsync(CacheKeys.Public("catalog", "v1", $"p{i}"), i);
        }

        Assert.InRange(instance.Memory.Count, 1, 1_000);
    }

    [Fact]
    public async Task TagBookkeepingStaysBoundedUnderManyDistinctTags()
    {
        await using var instance = CacheInstance.Create(null, CacheInstance.NewPrefix(), o => o.L1SizeLimit = 1_000);

        // Each read checks its entry's tags, and FusionCache keeps each tag's invalidation time as an entry in memory.
        var beforeTheBound = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var key = CacheKeys.Public("catalog", "v1", $"p{i % 10}");
            await instance.Cache.RemoveAsync(key);
            await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(i), tags: [$"tag:{i}"]);
            await instance.Cache.GetOrSetAsync(key, _ => Task.FromResult(-1), tags: [$"tag:{i}"]);
            beforeTheBound = i == 500 ? instance.Memory.Count : beforeTheBound;
        }

        Assert.True(beforeTheBound > 500, $"{beforeTheBound} entries: tags are not being kept");
        Assert.InRange(instance.Memory.Count, 1, 1_000);
    }

    [Fact]
    public async Task TagInvalidationsInRedisExpireAfterTheTagRetention()
    {
        var prefix = CacheInstance.NewPrefix();
        await using var instance = CacheInstance.Create(redis.Server, prefix, o => o.TagRetention = TimeSpan.FromHours(1));

        for (var i = 0; i < 100; i++)
        {
            await instance.Cache.RemoveByTagAsync($"tag:{i}");
        }

        var ttl = await redis.Raw.KeyTimeToLiveAsync($"v2:{prefix}:__fc:t:tag:42");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromHours(1));
    }
}
