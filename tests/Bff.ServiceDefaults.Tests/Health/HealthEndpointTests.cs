using System.Net;
using System.Text.Json;
using Bff.Resilience;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Tests.Health;

public class HealthEndpointTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task LiveChecksOnlyTheProcessEvenWhenRedisIsDown()
    {
        await using var app = await TestApp.StartAsync(DeadRedis());

        var (status, body) = await GetAsync(app, "/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["self"], Names(body));
    }

    [Fact]
    public async Task ReadyIsHealthyWhenRedisAnswers()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Server.Configuration });

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(body, "redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyIsDegradedNotUnhealthyWhenRedisIsUnreachableFromTheStart()
    {
        await using var app = await TestApp.StartAsync(DeadRedis());

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", Check(body, "redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task WhenTheSharedRedisDiesReadyTurnsDegradedThroughTheSameMultiplexerTheCacheUses()
    {
        await using var server = await RedisServer.StartAsync();
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = server.Configuration,
            ["Health:RedisTimeout"] = "00:00:00.500",
        });
        var shared = app.Services.GetRequiredService<IConnectionMultiplexer>();
        var before = shared.OperationCount;

        var (_, healthy) = await GetAsync(app, "/health/ready");

        // The check's pings went through the one multiplexer in the container, not a connection of its own.
        Assert.Equal("Healthy", Check(healthy, "redis").GetProperty("status").GetString());
        Assert.True(shared.OperationCount > before);
        Assert.Same(shared, app.Services.GetRequiredService<IConnectionMultiplexer>());

        server.Kill();
        await Eventually.TrueAsync(() => !shared.IsConnected);
        var (status, degraded) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", degraded.GetProperty("status").GetString());
        Assert.Equal("Degraded", Check(degraded, "redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadyListsBackendCircuitsOnceABackendHasAResilienceHandler()
    {
        await using var app = await TestApp.StartAsync(configure: b =>
            b.Services.AddHttpClient("pricing").AddBackendResilienceHandler("pricing"));

        var (_, body) = await GetAsync(app, "/health/ready");

        var circuits = Check(body, "backend-circuits");
        Assert.Equal("Healthy", circuits.GetProperty("status").GetString());
        Assert.Equal("Closed", circuits.GetProperty("data").GetProperty("pricing").GetString());
    }

    [Fact]
    public async Task WithoutBackendsOrRedisReadyHasNothingButTheProcessAndShutdownChecks()
    {
        await using var app = await TestApp.StartAsync();

        var (status, body) = await GetAsync(app, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["self", "shutdown"], Names(body));
    }

    [Fact]
    public async Task HealthEndpointsAreNeverRateLimited()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["RateLimiting:Ip:PermitLimit"] = "1" });

        for (var i = 0; i < 3; i++)
        {
            var (status, _) = await GetAsync(app, "/health/live");
            Assert.Equal(HttpStatusCode.OK, status);
        }
    }

    private static Dictionary<string, string?> DeadRedis() =>
        new() { ["Redis:Configuration"] = $"127.0.0.1:{RedisServer.FreePort()}", ["Health:RedisTimeout"] = "00:00:00.500" };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(TestApp app, string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, json.RootElement.Clone());
    }

    private static string[] Names(JsonElement body) =>
        [.. body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()!)];

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
}
