using System.Globalization;
using System.Net;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// The Redis rate limiter on a three-master Redis Cluster: each limiter script touches a bucket and its expiry key,
/// which RedisRateLimiting names with one hash tag so that they share a slot; different clients land on different masters.
/// </summary>
public class RedisClusterRateLimitingTests(RedisClusterFixture redis) : IClassFixture<RedisClusterFixture>
{
    [Fact]
    public async Task TwoInstancesOnOneClusterEnforceOneSharedFixedWindowLimit()
    {
        var config = Config(limit: 3);
        await using var first = await TestApp.StartAsync(config);
        await using var second = await TestApp.StartAsync(config);

        var fromFirst = await Calls.SendManyAsync(first, 2, clientId: "cluster-app");
        var fromSecond = await Calls.SendManyAsync(second, 2, clientId: "cluster-app");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], fromFirst);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], fromSecond);
    }

    [Fact]
    public async Task ATokenBucketIsSharedThroughTheClusterToo()
    {
        var config = new Dictionary<string, string?>(Config(limit: 2)) { ["RateLimiting:Client:Algorithm"] = "TokenBucket" };
        await using var first = await TestApp.StartAsync(config);
        await using var second = await TestApp.StartAsync(config);

        var fromFirst = await Calls.SendManyAsync(first, 2, clientId: "cluster-bucket-app");
        using var rejected = await Calls.SendAsync(second, clientId: "cluster-bucket-app");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], fromFirst);
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
    }

    [Fact]
    public async Task ManyClientsAreCountedOnEveryMasterEachWithinItsOwnLimit()
    {
        await using var app = await TestApp.StartAsync(Config(limit: 1));
        var clients = Enumerable.Range(0, 12).Select(i => $"spread-{i}").ToArray();

        var firsts = new List<HttpStatusCode>();
        var seconds = new List<HttpStatusCode>();
        foreach (var client in clients)
        {
            firsts.AddRange(await Calls.SendManyAsync(app, 1, clientId: client));
            seconds.AddRange(await Calls.SendManyAsync(app, 1, clientId: client));
        }

        Assert.All(firsts, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.All(seconds, s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        // Without the cluster the limits above would have been in process; the buckets are in Redis, on all masters.
        var shared = app.Services.GetRequiredService<IConnectionMultiplexer>();
        Assert.Equal(3, shared.GetServers().Count(s => s.Keys(pattern: "*bff:ratelimit:client:spread-*").Any()));
    }

    private Dictionary<string, string?> Config(int limit) => new()
    {
        ["Redis:Configuration"] = redis.Cluster.Configuration,
        ["RateLimiting:Redis:Timeout"] = "00:00:02",
        ["RateLimiting:Client:PermitLimit"] = limit.ToString(CultureInfo.InvariantCulture),
        // Generous per-IP allowance: every test call comes from 127.0.0.1, and these tests are about the client limit.
        ["RateLimiting:Ip:PermitLimit"] = (limit * 100).ToString(CultureInfo.InvariantCulture),
    };
}
