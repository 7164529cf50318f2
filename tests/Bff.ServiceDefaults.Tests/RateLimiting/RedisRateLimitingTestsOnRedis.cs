using System.Net;
using Bff.ServiceDefaults.Tests.Support;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

/// <summary>
/// The rate limiter on one redis-server, and what only a single node can show: these two kill their own server or
/// have none, which on a cluster would mean every master at once and so show nothing more.
/// </summary>
public sealed class RedisRateLimitingTestsOnRedis(SingleRedis redis) : RedisRateLimitingTests(redis), IClassFixture<SingleRedis>
{
    [Fact]
    public async Task WhenRedisDiesRequestsAreServedAndLimitedInProcess()
    {
        await using var own = await RedisServer.StartAsync();
        await using var app = await TestApp.StartAsync(Config(own.Configuration, limit: 2));
        Assert.Equal([HttpStatusCode.OK], await Calls.SendManyAsync(app, 1, clientId: "before-crash"));

        own.Kill();
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
}
