using System.Net;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// The rate limiter on a three-master Redis Cluster: each limiter script touches a bucket and its expiry key, which
/// RedisRateLimiting names with one hash tag so that they share a slot; different clients land on different masters.
/// </summary>
[Collection(RedisClusterCollection.Name)]
public sealed class RedisRateLimitingTestsOnCluster(SharedRedisCluster redis) : RedisRateLimitingTests(redis)
{
    [Fact]
    public async Task ManyClientsAreCountedOnEveryMasterEachWithinItsOwnLimit()
    {
        // Two calls per client from one address: the per-IP ceiling must stay above the 24 calls.
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(Config(limit: 1)) { ["RateLimiting:Ip:PermitLimit"] = "100" });
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
}
