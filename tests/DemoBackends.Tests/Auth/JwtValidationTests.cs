using System.Net;
using System.Net.Http.Headers;
using DemoBackends.Auth;
using DemoBackends.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DemoBackends.Tests.Auth;

public sealed class JwtValidationTests
{
    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRejected()
    {
        await using var users = await RunningService.StartAsync("users");
        var forged = DevTokens.Create(new JwtSettings("bff-dev", "bff-demo", new string('x', 48)), "u-001", TimeProvider.System);

        var problem = await SendAsync(users, forged);

        Assert.Contains("invalid or expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRejected()
    {
        await using var users = await RunningService.StartAsync("users");
        var settings = JwtSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Jwt:SigningKey"] = "bff-demo-dev-signing-key-change-me-0123456789abcdef", ["Jwt:Audience"] = "someone-else" })
            .Build());

        await SendAsync(users, DevTokens.Create(settings, "u-001", TimeProvider.System));
    }

    [Fact]
    public async Task AnExpiredTokenIsRejected()
    {
        await using var users = await RunningService.StartAsync("users");

        var settings = users.Services.GetRequiredService<JwtSettings>();
        var twoHoursAgo = new ShiftedClock(TimeSpan.FromHours(-2));

        await SendAsync(users, DevTokens.Create(settings, "u-001", twoHoursAgo, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public async Task GarbageInTheAuthorizationHeaderIsA401NotACrash()
    {
        await using var users = await RunningService.StartAsync("users");

        await SendAsync(users, "not-a-jwt");
    }

    private static async Task<System.Text.Json.JsonElement> SendAsync(RunningService service, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await service.Client.SendAsync(request);
        return await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
