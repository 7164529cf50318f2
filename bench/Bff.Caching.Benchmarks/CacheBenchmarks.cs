using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Bff.Caching.Redis;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Benchmarks;

public sealed record Product(string Id, string Name, decimal Price, string[] Tags);

[JsonSerializable(typeof(Product))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;

/// <summary>The three paths of a read: memory, Redis (L1 bypassed), and a miss that calls the backend.</summary>
[MemoryDiagnoser]
public class CacheBenchmarks
{
    private static readonly Product Lamp = new("p1", "Desk lamp", 24.90m, ["lighting", "office"]);
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly CacheEntryPolicy Cached = new() { Fresh = TimeSpan.FromHours(1), Stale = TimeSpan.FromHours(1) };
    private static readonly CacheEntryPolicy RedisOnly = Cached with { Flags = HybridCacheEntryFlags.DisableLocalCache };
    private static readonly CacheEntryPolicy ShortLived = new() { Fresh = TimeSpan.FromSeconds(30) };

    private RedisProcess _redis = null!;
    private ServiceProvider _services = null!;
    private TwoLevelCache _cache = null!;
    private int _missId;

    [GlobalSetup]
    public void Setup()
    {
        _redis = new RedisProcess();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRedisDistributedCache(o => o.Configuration = $"127.0.0.1:{_redis.Port}");
        services.AddTwoLevelCache(o => o.L2Timeout = TimeSpan.FromSeconds(1)).AddJsonContext(BenchJsonContext.Default);
        _services = services.BuildServiceProvider();
        _cache = _services.GetRequiredService<TwoLevelCache>();
        _cache.SetAsync(Key, Lamp, Cached).AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _redis.Dispose();
    }

    [Benchmark(Baseline = true, Description = "L1 hit")]
    public ValueTask<Product> L1Hit() => _cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(Lamp), Cached);

    [Benchmark(Description = "L2 hit (real Redis, L1 bypassed)")]
    public ValueTask<Product> L2Hit() => _cache.GetOrCreateAsync(Key, _ => ValueTask.FromResult(Lamp), RedisOnly);

    [Benchmark(Description = "Miss: L2 miss + factory + L1/L2 write")]
    public ValueTask<Product> MissWithFactory() =>
        _cache.GetOrCreateAsync(CacheKeys.Public("catalog", "v1", $"miss{Interlocked.Increment(ref _missId)}"), _ => ValueTask.FromResult(Lamp), ShortLived);
}
