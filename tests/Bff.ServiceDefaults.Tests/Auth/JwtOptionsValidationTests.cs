using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Tests.Auth;

public class JwtOptionsValidationTests
{
    [Fact]
    public async Task OutsideDevelopmentAMissingSigningKeyFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(
            new Dictionary<string, string?> { ["Auth:Jwt:Issuer"] = "i", ["Auth:Jwt:Audience"] = "a" }, "Production");

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Auth:Jwt:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShortSigningKeyFailsStartUp()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = "short" });

        Assert.Contains("Auth:Jwt:SigningKey must be at least 32 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopmentTheDemoSigningKeyFailsStartUpNamingTheKeyEvenWhenConfiguredExplicitly()
    {
        var error = await TestApp.StartupFailureAsync(
            new Dictionary<string, string?>
            {
                ["Auth:Jwt:SigningKey"] = Bff.ServiceDefaults.Auth.JwtOptions.DevelopmentSigningKey,
                ["Auth:Jwt:Issuer"] = "i",
                ["Auth:Jwt:Audience"] = "a",
            },
            "Production");

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("Auth:Jwt:SigningKey is the public development key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InDevelopmentTheDemoSigningKeyMayBeConfiguredExplicitly()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = Bff.ServiceDefaults.Auth.JwtOptions.DevelopmentSigningKey });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/ping");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Tokens.Create("u-001"));
        using var response = await app.Client.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
