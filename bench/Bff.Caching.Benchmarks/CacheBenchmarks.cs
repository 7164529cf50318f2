using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using Bff.Caching.Policies;
using Bff.Caching.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Caching.Benchmarks;

public sealed record Product(string Id, string Name, decimal Price, string[] Tags);

[JsonSerializable(typeof(Product))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;

/// <summary>
/// The paths of a read through FusionCache: memory, Redis (memory skipped), a miss that calls the backend, and a
/// DataLoader batch of 20 keys from Redis against 20 single Redis reads.
/// </summary>
[MemoryDiagnoser]
public class CacheBenchmarks
{
    private const string RedisOnly = "redis-only";
    private const string ShortLived = "short-lived";
    private static readonly Product Lamp = new("p1", "Desk lamp", 24.90m, ["lighting", "office"]);
    private static readonly CacheKey Key = CacheKeys.Public("catalog", "v1", "p1");
    private static readonly string[] Batch = Enumerable.Range(0, 20).Select(i => $"b{i}").ToArray();

    private RedisProcess _redis = null!;
    private ServiceProvider _services = null!;
    private BffCache _cache = null!;
    private int _missId;

    [GlobalSetup]
    public void Setup()
    {
        _redis = new RedisProcess();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddRedisConnection(o => o.Configuration = $"127.0.0.1:{_redis.Port}");
        services.AddBffCaching(o =>
        {
            o.DistributedCacheTimeout = TimeSpan.FromSeconds(1);
            o.Defaults = new CachePolicy { Fresh = TimeSpan.FromHours(1), Stale = TimeSpan.FromHours(1) };
            o.Policies[RedisOnly] = new CachePolicy { Fresh = TimeSpan.FromHours(1), Stale = TimeSpan.FromHours(1), SkipMemory = true };
            o.Policies[ShortLived] = new CachePolicy { Fresh = TimeSpan.FromSeconds(30), Stale = TimeSpan.Zero };
        }).AddJsonContext(BenchJsonContext.Default);
        _services = services.BuildServiceProvider();
        _cache = _services.GetRequiredService<BffCache>();
        _cache.SetAsync(Key, Lamp).AsTask().GetAwaiter().GetResult();
        foreach (var id in Batch)
        {
            _cache.SetAsync(KeyOf(id), Lamp with { Id = id }, RedisOnly).AsTask().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _redis.Dispose();
    }

    [Benchmark(Baseline = true, Description = "L1 hit")]
    public async Task<Product> L1Hit() => (await _cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp))).Value;

    [Benchmark(Description = "L2 hit (real Redis, L1 skipped)")]
    public async Task<Product> L2Hit() => (await _cache.GetOrSetAsync(Key, _ => Task.FromResult(Lamp), RedisOnly)).Value;

    [Benchmark(Description = "Miss: L2 miss + factory + L1/L2 write")]
    public async Task<Product> MissWithFactory() =>
        (await _cache.GetOrSetAsync(CacheKeys.Public("catalog", "v1", $"miss{Interlocked.Increment(ref _missId)}"), _ => Task.FromResult(Lamp), ShortLived)).Value;

    [Benchmark(Description = "20 keys: one batch read from Redis")]
    public async Task<int> BatchOf20() =>
        (await _cache.GetManyAsync<string, Product>(Batch, KeyOf, (_, _) => throw new InvalidOperationException("all in Redis"), RedisOnly)).Count;

    [Benchmark(Description = "20 keys: 20 single Redis reads, one after another")]
    public async Task<int> TwentySequentialReads()
    {
        var found = 0;
        foreach (var id in Batch)
        {
            found += (await _cache.GetOrSetAsync(KeyOf(id), _ => Task.FromResult(Lamp), RedisOnly)).Value is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Description = "20 keys: 20 single Redis reads at once (pipelined)")]
    public async Task<int> TwentyConcurrentReads() =>
        (await Task.WhenAll(Batch.Select(id => _cache.GetOrSetAsync(KeyOf(id), _ => Task.FromResult(Lamp), RedisOnly).AsTask()))).Length;

    private static CacheKey KeyOf(string id) => CacheKeys.Public("catalog", "v1", id);
}
