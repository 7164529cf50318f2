using System.Net;
using DemoBackends.Tests.Support;

namespace DemoBackends.Tests.Users;

public sealed class UsersApiTests
{
    [Fact]
    public async Task ProfileIsTheCallersOwn()
    {
        await using var users = await RunningService.StartAsync("users");

        var profile = await users.CreateClient("u-042").GetJsonAsync("/me");

        Assert.Equal("u-042", profile.GetProperty("id").GetString());
        Assert.EndsWith("@demo.local", profile.GetProperty("email").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddressesAreTheCallersWithTheDefaultFirst()
    {
        await using var users = await RunningService.StartAsync("users");

        var addresses = await users.CreateClient("u-007").GetJsonAsync("/me/addresses");

        Assert.True(addresses[0].GetProperty("isDefault").GetBoolean());
        Assert.All(addresses.Strings("id"), id => Assert.StartsWith("a-007-", id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/me")]
    [InlineData("/me/addresses")]
    public async Task WithoutATokenTheAnswerIs401WithProblemDetails(string url)
    {
        await using var users = await RunningService.StartAsync("users");

        using var response = await users.Client.GetAsync(new Uri(url, UriKind.Relative));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ATokenForAUserOutsideTheDemoSetFindsNoProfile()
    {
        await using var users = await RunningService.StartAsync("users");

        await users.CreateClient("u-999").GetProblemAsync("/me", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DevTokenEndpointMintsATokenTheServicesAccept()
    {
        await using var users = await RunningService.StartAsync("users", settings: "--Jwt:DevTokenEndpoint=true");

        var minted = await users.Client.GetJsonAsync("/dev/token?sub=u-003");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Authorization = new("Bearer", minted.GetProperty("accessToken").GetString());
        using var response = await users.Client.SendAsync(request);

        Assert.Equal("u-003", (await response.ReadJsonAsync()).GetProperty("id").GetString());
        await users.Client.GetProblemAsync("/dev/token", HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DevTokenEndpointIsAbsentOutsideDevelopmentUnlessEnabled()
    {
        await using var users = await RunningService.StartAsync("users", settings: "--Jwt:DevTokenEndpoint=false");

        using var response = await users.Client.GetAsync(new Uri("/dev/token?sub=u-001", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
