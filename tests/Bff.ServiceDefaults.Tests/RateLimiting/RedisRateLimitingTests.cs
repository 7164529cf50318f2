using System.Globalization;
using System.Net;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// The Redis rate limiter's behaviour, run on one redis-server and on a three-master Redis Cluster (the subclasses
/// below). Each test counts under its own key prefix, so that tests sharing a Redis never share a bucket.
/// </summary>
public abstract class RedisRateLimitingTests(IRedisTopology redis)
{
    private readonly string _keyPrefix = $"t{Guid.NewGuid():N}:bff:ratelimit:";

    [Fact]
    public async Task TwoInstancesSharingOneRedisEnforceOneSharedLimit()
    {
        var config = Config(limit: 3);
        await using var first = await TestApp.StartAsync(config);
        await using var second = await TestApp.StartAsync(config);

        var fromFirst = await Calls.SendManyAsync(first, 2, clientId: "shared-app");
        var fromSecond = await Calls.SendManyAsync(second, 2, clientId: "shared-app");
        using var rejected = await Calls.SendAsync(first, clientId: "shared-app");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], fromFirst);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromSecond);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task LimitsAreCountedInRedisThroughTheProcesssOneMultiplexer()
    {
        await using var app = await TestApp.StartAsync(Config(limit: 3));
        var shared = app.Services.GetRequiredService<IConnectionMultiplexer>();
        var before = shared.OperationCount;

        Assert.Equal([HttpStatusCode.OK], await Calls.SendManyAsync(app, 1, clientId: "counted-app"));

        Assert.True(shared.OperationCount > before);
        var keys = Keys(shared, "*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, k => k.Contains("bff:ratelimit:client:counted-app@127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains("bff:ratelimit:ip:127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RotatingClientIdsCreatesNoMoreBucketsThanTheIpLimitAllows()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(Config(limit: 5))
        {
            ["RateLimiting:Ip:PermitLimit"] = "3",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await Calls.SendAsync(app, clientId: $"rotated-{i}");
            statuses.Add(response.StatusCode);
        }

        // The IP ceiling is asked first: a request it rejects never makes a client bucket, in Redis or in process.
        var shared = app.Services.GetRequiredService<IConnectionMultiplexer>();
        var buckets = Keys(shared, "client:rotated-*").Count(k => !k.ToString().EndsWith(":exp", StringComparison.Ordinal));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, buckets);
    }

    [Fact]
    public async Task ATokenBucketIsSharedThroughRedisToo()
    {
        var config = new Dictionary<string, string?>(Config(limit: 2)) { ["RateLimiting:Client:Algorithm"] = "TokenBucket" };
        await using var first = await TestApp.StartAsync(config);
        await using var second = await TestApp.StartAsync(config);

        var fromFirst = await Calls.SendManyAsync(first, 2, clientId: "bucket-app");
        using var rejected = await Calls.SendAsync(second, clientId: "bucket-app");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], fromFirst);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    /// <summary>This test's keys on every master (one on a single server): a cluster spreads buckets over its slots.</summary>
    protected IEnumerable<RedisKey> Keys(IConnectionMultiplexer shared, string pattern) =>
        shared.GetServers().Where(s => !s.IsReplica).SelectMany(s => s.Keys(pattern: "*" + _keyPrefix + pattern));

    protected Dictionary<string, string?> Config(int limit) => Config(redis.Configuration, limit, _keyPrefix);

    protected static Dictionary<string, string?> Config(string redis, int limit, string keyPrefix = "bff:ratelimit:") => new()
    {
        ["Redis:Configuration"] = redis,
        // Short enough for the tests where Redis dies, long enough for a loaded machine talking to three masters.
        ["RateLimiting:Redis:Timeout"] = "00:00:01",
        ["RateLimiting:Redis:KeyPrefix"] = keyPrefix,
        ["RateLimiting:Client:PermitLimit"] = limit.ToString(CultureInfo.InvariantCulture),
        // Generous per-IP allowance: every test call comes from 127.0.0.1, and these tests are about the client limit.
        ["RateLimiting:Ip:PermitLimit"] = (limit * 10).ToString(CultureInfo.InvariantCulture),
    };
}
