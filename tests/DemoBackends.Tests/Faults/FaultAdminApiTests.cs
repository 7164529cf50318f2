using System.Net;
using System.Net.Http.Json;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Faults;

public sealed class FaultAdminApiTests
{
    private const string Read = "/ratings?productIds=1";

    [Fact]
    public async Task AdminShowsTheConfiguredControls()
    {
        await using var reviews = await RunningService.StartAsync("reviews", settings: ["--Faults:Reviews:LatencyMs=0", "--Faults:Reviews:ErrorRate=0.25"]);

        var faults = await reviews.Client.GetJsonAsync("/admin/faults");

        Assert.Equal(0.25, faults.GetProperty("errorRate").GetDouble());
        Assert.Equal(0, faults.GetProperty("hangRate").GetDouble());
    }

    [Fact]
    public async Task PostingChangesBehaviourAtRunTimeAndDeleteRestoresConfiguration()
    {
        await using var reviews = await RunningService.StartAsync("reviews");
        await reviews.Client.GetJsonAsync(Read);

        var changed = await (await reviews.Client.PostAsJsonAsync("/admin/faults", new { errorRate = 1.0 })).ReadJsonAsync();
        Assert.Equal(1.0, changed.GetProperty("errorRate").GetDouble());
        await reviews.Client.GetProblemAsync(Read, HttpStatusCode.InternalServerError);

        await (await reviews.Client.PostAsJsonAsync("/admin/faults", new { errorRate = 0.0, rateLimitRate = 1.0 })).ReadJsonAsync();
        await reviews.Client.GetProblemAsync(Read, HttpStatusCode.TooManyRequests);

        var reset = await (await reviews.Client.DeleteAsync(new Uri("/admin/faults", UriKind.Relative))).ReadJsonAsync();
        Assert.Equal(0, reset.GetProperty("rateLimitRate").GetDouble());
        await reviews.Client.GetJsonAsync(Read);
    }

    [Fact]
    public async Task APartialUpdateKeepsTheOtherControls()
    {
        await using var reviews = await RunningService.StartAsync("reviews", settings: "--Faults:Reviews:RetryAfterSeconds=9");

        var faults = await (await reviews.Client.PostAsJsonAsync("/admin/faults", new { jitterMs = 5 })).ReadJsonAsync();

        Assert.Equal(9, faults.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(5, faults.GetProperty("jitterMs").GetInt32());
    }

    [Theory]
    [InlineData("""{"errorRate":1.5}""", "errorRate")]
    [InlineData("""{"latencyMs":-1}""", "latencyMs")]
    [InlineData("""{"errorRate":0.6,"dropRate":0.6}""", "rates")]
    public async Task OutOfRangeControlsAreRejectedAndLeaveTheOldOnesInForce(string body, string field)
    {
        await using var reviews = await RunningService.StartAsync("reviews");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await reviews.Client.PostAsync(new Uri("/admin/faults", UriKind.Relative), content)).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        await reviews.Client.GetJsonAsync(Read);
    }

    [Fact]
    public async Task InvalidConfiguredControlsFailAtStartNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningService.StartAsync("reviews", settings: "--Faults:Reviews:HangRate=2"));

        Assert.Contains("Faults:Reviews:hangRate", error.Message, StringComparison.Ordinal);
    }
}
