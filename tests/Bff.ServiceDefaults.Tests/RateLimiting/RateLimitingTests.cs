using System.Net;
using System.Text.Json;
using Bff.ServiceDefaults.Tests.Support;

namespace Bff.ServiceDefaults.Tests.RateLimiting;

public class RateLimitingTests
{
    private static readonly Dictionary<string, string?> TwoPerMinute = new()
    {
        ["RateLimiting:Ip:PermitLimit"] = "2",
        ["RateLimiting:Client:PermitLimit"] = "2",
        ["RateLimiting:User:PermitLimit"] = "2",
    };

    [Fact]
    public async Task PastTheLimitACallerGets429WithRetryAfterAndAJsonBody()
    {
        await using var app = await TestApp.StartAsync(TwoPerMinute);

        var statuses = await Calls.SendManyAsync(app, 2);
        using var rejected = await Calls.SendAsync(app);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        var retryAfter = rejected.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        using var body = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
        Assert.Equal("rate_limited", body.RootElement.GetProperty("error").GetString());
        Assert.Equal((int)retryAfter.Value.TotalSeconds, body.RootElement.GetProperty("retryAfterSeconds").GetInt32());
    }

    [Fact]
    public async Task EachUserHasALimitOfTheirOwnApartFromTheirIp()
    {
        await using var app = await TestApp.StartAsync(TwoPerMinute);

        await Calls.SendManyAsync(app, 2);
        var anonymous = await Calls.SendManyAsync(app, 1);
        var alice = await Calls.SendManyAsync(app, 3, token: Tokens.Create("alice"));
        var bob = await Calls.SendManyAsync(app, 2, token: Tokens.Create("bob"));

        Assert.Equal([HttpStatusCode.TooManyRequests], anonymous);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], alice);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], bob);
    }

    [Fact]
    public async Task AnonymousCallersWithAClientIdAreLimitedPerClientId()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(TwoPerMinute) { ["RateLimiting:Ip:PermitLimit"] = "10" });

        var ios = await Calls.SendManyAsync(app, 3, clientId: "ios-2.4.1");
        var web = await Calls.SendManyAsync(app, 2, clientId: "web-1.0");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], ios);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], web);
    }

    [Fact]
    public async Task AMalformedClientIdCountsAsNoClientIdAndFallsBackToTheIpLimit()
    {
        await using var app = await TestApp.StartAsync(TwoPerMinute);

        var malformed = await Calls.SendManyAsync(app, 3, clientId: "not a valid id!");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], malformed);
    }

    [Fact]
    public async Task RotatingTheClientIdDoesNotGetAnAnonymousCallerPastItsIpLimit()
    {
        await using var app = await TestApp.StartAsync(TwoPerMinute);

        var first = await Calls.SendManyAsync(app, 1, clientId: "app-1");
        var second = await Calls.SendManyAsync(app, 1, clientId: "app-2");
        var third = await Calls.SendManyAsync(app, 1, clientId: "app-3");

        Assert.Equal([HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.OK], second);
        Assert.Equal([HttpStatusCode.TooManyRequests], third);
    }

    [Fact]
    public async Task TheTokenBucketAlgorithmCanBeChosenPerPartitionKind()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["RateLimiting:Ip:Algorithm"] = "TokenBucket",
            ["RateLimiting:Ip:PermitLimit"] = "1",
            ["RateLimiting:Ip:Window"] = "00:00:30",
        });

        var statuses = await Calls.SendManyAsync(app, 2);
        using var rejected = await Calls.SendAsync(app);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(rejected.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task DisabledRateLimitingLetsEveryRequestThrough()
    {
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>(TwoPerMinute) { ["RateLimiting:Enabled"] = "false" });

        var statuses = await Calls.SendManyAsync(app, 5);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task ANonPositiveLimitFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["RateLimiting:User:PermitLimit"] = "0" });

        Assert.Contains("RateLimiting:User:PermitLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWindowOfPartSecondsFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["RateLimiting:Ip:Window"] = "00:00:00.500" });

        Assert.Contains("RateLimiting:Ip:Window", error.Message, StringComparison.Ordinal);
    }
}
