using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Caching.Tests;

public class TwoLevelCacheServiceCollectionExtensionsTests
{
    [Fact]
    public void ConfigurationSectionCachingOverridesDefaultsInCode()
    {
        using var services = Build(new() { ["Caching:DefaultFresh"] = "00:00:30" }, o => o.DefaultFresh = TimeSpan.FromMinutes(9));

        Assert.Equal(TimeSpan.FromSeconds(30), services.GetRequiredService<IOptions<TwoLevelCacheOptions>>().Value.DefaultFresh);
    }

    [Fact]
    public void InvalidConfigurationFailsWithTheKeyName()
    {
        using var services = Build(new() { ["Caching:L2Timeout"] = "00:00:00" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TwoLevelCacheOptions>>().Value);
        Assert.Contains("Caching:L2Timeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCacheIsAlsoTheApplicationsHybridCache()
    {
        using var services = Build([]);

        Assert.Same(services.GetRequiredService<TwoLevelCache>(), services.GetRequiredService<HybridCache>());
    }

    [Fact]
    public async Task WithoutADistributedCacheTheCacheRunsOnL1Alone()
    {
        using var services = Build([]);
        var cache = services.GetRequiredService<TwoLevelCache>();
        var key = CacheKeys.Public("catalog", "v1", "1");

        await cache.GetOrCreateAsync(key, _ => ValueTask.FromResult("first"));
        var second = await cache.GetOrCreateWithMetadataAsync(key, _ => ValueTask.FromResult("second"));

        Assert.Equal(("first", CacheSource.L1), (second.Value, second.Source));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<TwoLevelCacheOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddTwoLevelCache(configure);
        return services.BuildServiceProvider();
    }
}
