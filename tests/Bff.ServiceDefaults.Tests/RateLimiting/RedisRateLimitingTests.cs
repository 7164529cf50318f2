using System.Net;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

public class RedisRateLimitingTests
{
    [Fact]
    public async Task TwoInstancesSharingOneRedisEnforceOneSharedLimit()
    {
        await using var redis = await RedisServer.StartAsync();
        var config = Config(redis.Configuration, limit: 3);
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
    public async Task WhenRedisDiesRequestsAreServedAndLimitedInProcess()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = await TestApp.StartAsync(Config(redis.Configuration, limit: 2));
        Assert.Equal([HttpStatusCode.OK], await Calls.SendManyAsync(app, 1, clientId: "before-crash"));

        redis.Kill();
        var statuses = await Calls.SendManyAsync(app, 3, clientId: "after-crash");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task WhenRedisIsUnreachableFromTheStartRequestsAreStillServed()
    {
        await using var app = await TestApp.StartAsync(Config($"127.0.0.1:{RedisServer.FreePort()}", limit: 5));

        var statuses = await Calls.SendManyAsync(app, 3);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task LimitsAreCountedInRedisThroughTheProcesssOneMultiplexer()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = await TestApp.StartAsync(Config(redis.Configuration, limit: 3));
        var shared = app.Services.GetRequiredService<IConnectionMultiplexer>();
        var before = shared.OperationCount;

        Assert.Equal([HttpStatusCode.OK], await Calls.SendManyAsync(app, 1, clientId: "counted-app"));

        Assert.True(shared.OperationCount > before);
        var keys = shared.GetServer(shared.GetEndPoints()[0]).Keys(pattern: "*bff:ratelimit:*").Select(k => k.ToString()).ToList();
        Assert.Contains(keys, k => k.Contains("bff:ratelimit:client:counted-app@127.0.0.1", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Contains("bff:ratelimit:ip:127.0.0.1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RotatingClientIdsCreatesNoMoreBucketsThanTheIpLimitAllows()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(Config(redis.Configuration, limit: 5))
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
        var buckets = shared.GetServer(shared.GetEndPoints()[0]).Keys(pattern: "*bff:ratelimit:client:rotated-*").Count(k => !k.ToString().EndsWith(":exp", StringComparison.Ordinal));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, buckets);
    }

    [Fact]
    public async Task ATokenBucketIsSharedThroughRedisToo()
    {
        await using var redis = await RedisServer.StartAsync();
        var config = new Dictionary<string, string?>(Config(redis.Configuration, limit: 2)) { ["RateLimiting:Client:Algorithm"] = "TokenBucket" };
        await using var first = await TestApp.StartAsync(config);
        await using var second = await TestApp.StartAsync(config);

        var fromFirst = await Calls.SendManyAsync(first, 2, clientId: "bucket-app");
        using var rejected = await Calls.SendAsync(second, clientId: "bucket-app");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], fromFirst);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
    }

    private static Dictionary<string, string?> Config(string redis, int limit) => new()
    {
        ["Redis:Configuration"] = redis,
        ["RateLimiting:Redis:Timeout"] = "00:00:00.500",
        ["RateLimiting:Client:PermitLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Generous per-IP allowance: every test call comes from 127.0.0.1, and these tests are about the client limit.
        ["RateLimiting:Ip:PermitLimit"] = (limit * 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
