using Bff.Caching.Redis;
using Bff.Caching.Tests.Support;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;

namespace Bff.Caching.Tests;

public class CachingServiceCollectionExtensionsTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public void ConfigurationSectionCachingOverridesDefaultsInCode()
    {
        using var services = Build(new() { ["Caching:Defaults:Fresh"] = "00:00:30" }, o => o.Defaults.Fresh = TimeSpan.FromMinutes(9));

        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IOptions<CachingOptions>>().Value.Defaults.Fresh);
        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IFusionCache>().DefaultEntryOptions.Duration);
    }

    [Fact]
    public void ANamedPolicyFromConfigurationBecomesFusionCacheEntryOptions()
    {
        using var services = Build(new()
        {
            ["Caching:Policies:product:Fresh"] = "00:00:20",
            ["Caching:Policies:product:Stale"] = "00:02:00",
            ["Caching:Policies:product:FactorySoftTimeout"] = "00:00:00.250",
        });
        var policy = services.GetRequiredService<IOptions<CachingOptions>>().Value.Policies["product"];

        var options = policy.ToEntryOptions(TimeSpan.FromMilliseconds(100));

        Assert.Equal((TimeSpan.FromSeconds(20), true, TimeSpan.FromSeconds(140)), (options.Duration, options.IsFailSafeEnabled, options.FailSafeMaxDuration));
        Assert.Equal((TimeSpan.FromMilliseconds(250), 1L, TimeSpan.FromMilliseconds(100)), (options.FactorySoftTimeout, options.Size!.Value, options.DistributedCacheHardTimeout));
    }

    [Fact]
    public void InvalidConfigurationFailsWithTheKeyName()
    {
        using var services = Build(new() { ["Caching:Policies:product:Fresh"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CachingOptions>>().Value);
        Assert.Contains("Caching:Policies:product:Fresh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutARedisConnectionTheCacheRunsOnMemoryAlone()
    {
        await using var services = Build([]);
        var cache = services.GetRequiredService<BffCache>();
        var key = CacheKeys.Public("catalog", "v1", "1");

        await cache.GetOrSetAsync(key, _ => Task.FromResult("first"));
        var second = await cache.GetOrSetAsync(key, _ => Task.FromResult("second"));

        Assert.Equal(("first", CacheSource.L1), (second.Value, second.Source));
        Assert.False(services.GetRequiredService<IFusionCache>().HasDistributedCache);
        Assert.Single(await cache.GetManyAsync<string, string>(["1"], id => key, (_, _) => throw new InvalidOperationException()));
    }

    [Fact]
    public async Task RedisCacheAndTheBackplaneShareTheOneMultiplexerOfAddRedisConnection()
    {
        var name = CacheInstance.NewPrefix();
        var others = await Connections(_ => true);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRedisConnection(o => o.Configuration = $"{redis.Server.Configuration},name={name}");
        services.AddBffCaching(o => o.KeyPrefix = name);
        await using var provider = services.BuildServiceProvider();
        var fusion = provider.GetRequiredService<IFusionCache>();

        await provider.GetRequiredService<BffCache>().SetAsync(CacheKeys.Public("catalog", "v1", "1"), "v");

        var multiplexer = provider.GetRequiredService<IConnectionMultiplexer>();
        Assert.Single(services, d => d.ServiceType == typeof(IConnectionMultiplexer));
        Assert.IsType<RedisCache>(fusion.DistributedCache);
        Assert.IsType<RedisBackplane>(fusion.Backplane);
        Assert.Same(multiplexer, await ((RedisCacheOptions)Field(fusion.DistributedCache, "_options")).ConnectionMultiplexerFactory!());
        Assert.Same(multiplexer, await ((RedisBackplaneOptions)Field(fusion.Backplane, "_options")).ConnectionMultiplexerFactory!());
        // One multiplexer keeps one interactive and one subscription connection; any other client would add its own.
        await Eventually.TrueAsync(async () => await Connections(line => line.Contains($" name={name} ", StringComparison.Ordinal)) == 2);
        Assert.Equal(others + 2, await Connections(_ => true));
    }

    private async Task<int> Connections(Func<string, bool> which)
    {
        var list = (string)(await redis.Raw.ExecuteAsync("CLIENT", "LIST"))!;
        return list.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(which);
    }

    private static object Field(object target, string name) =>
        target.GetType().GetField(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(target)!;

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<CachingOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBffCaching(configure);
        return services.BuildServiceProvider();
    }
}
