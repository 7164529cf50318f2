using System.Diagnostics;
using Bff.Caching.Redis;
using Bff.Caching.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Tests.Redis;

public class RedisDistributedCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task StoredBytesComeBackFromRedis()
    {
        await using var services = Build(redis.Server.Configuration, out var cache);

        await cache.SetAsync("k", [1, 2, 3], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });

        Assert.Equal([1, 2, 3], await cache.GetAsync("k"));
        Assert.Equal([1, 2, 3], cache.Get("k"));
    }

    [Fact]
    public async Task AbsoluteExpiryBecomesTheRedisKeysTimeToLive()
    {
        await using var services = Build(redis.Server.Configuration, out var cache, "ttl:");

        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30) });

        var ttl = await redis.Raw.KeyTimeToLiveAsync("ttl:k");
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task ReadingASlidingEntryPushesItsExpiryForward()
    {
        await using var services = Build(redis.Server.Configuration, out var cache, "sliding:");
        await cache.SetAsync("k", [1], new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromSeconds(5) });
        await redis.Raw.KeyExpireAsync("sliding:k", TimeSpan.FromSeconds(1));

        await cache.RefreshAsync("k");

        await Eventually.TrueAsync(async () => (await redis.Raw.KeyTimeToLiveAsync("sliding:k")) > TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task RemovedEntriesAreGone()
    {
        await using var services = Build(redis.Server.Configuration, out var cache);
        await cache.SetAsync("gone", [1], new DistributedCacheEntryOptions());

        await cache.RemoveAsync("gone");

        Assert.Null(await cache.GetAsync("gone"));
    }

    [Fact]
    public async Task ADeadRedisNeitherBreaksStartUpNorHangsACall()
    {
        await using var services = Build("127.0.0.1:1", out var cache);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<Exception>(() => cache.GetAsync("k").WaitAsync(TimeSpan.FromSeconds(5)));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    private static ServiceProvider Build(string configuration, out IDistributedCache cache, string prefix = "")
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRedisDistributedCache(o =>
        {
            o.Configuration = configuration;
            o.CommandTimeout = TimeSpan.FromSeconds(2);
            o.InstanceName = prefix.Length > 0 ? prefix : CacheInstance.NewPrefix() + ":";
        });
        var provider = services.BuildServiceProvider();
        cache = provider.GetRequiredService<IDistributedCache>();
        return provider;
    }
}
