using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Tests.Auth;

public class AuthenticationTests
{
    private static readonly Action<WebApplication> Endpoints = a =>
    {
        a.MapGet("/whoami", (HttpContext c) => c.User.Identity?.IsAuthenticated == true ? c.User.Identity.Name! : "anonymous");
        a.MapGet("/private", (HttpContext c) => c.User.Identity!.Name!).RequireAuthorization();
    };

    [Fact]
    public async Task AValidDevelopmentTokenAuthenticatesItsSubject()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/whoami", Tokens.Create("u-001"));

        Assert.Equal("u-001", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestsWithoutATokenAreServedAnonymously()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/whoami", token: null);

        Assert.Equal("anonymous", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnExpiredTokenIsA401SayingSoEvenOnAnAnonymousEndpoint()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/whoami", Tokens.Create("u-001", expires: DateTime.UtcNow.AddMinutes(-10)));

        await AssertUnauthorizedAsync(response, "invalid_token", "expired");
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsA401()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/whoami", Tokens.Create("u-001", key: "another-key-that-is-long-enough-0123456789"));

        await AssertUnauthorizedAsync(response, "invalid_token", "signature");
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsA401()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/whoami", Tokens.Create("u-001", audience: "someone-else"));

        await AssertUnauthorizedAsync(response, "invalid_token", "not meant");
    }

    [Fact]
    public async Task AnEndpointRequiringAUserAnswers401WithABodyWhenNoTokenIsSent()
    {
        await using var app = await TestApp.StartAsync(map: Endpoints);

        using var response = await SendAsync(app, "/private", token: null);

        await AssertUnauthorizedAsync(response, "unauthorized", "requires a bearer token");
    }

    [Fact]
    public async Task ConfiguredKeysReplaceTheDevelopmentDefaults()
    {
        const string Key = "production-key-of-at-least-thirty-two-bytes!";
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { ["Auth:Jwt:SigningKey"] = Key, ["Auth:Jwt:Issuer"] = "prod-issuer", ["Auth:Jwt:Audience"] = "prod-aud" },
            environment: "Production",
            map: Endpoints);

        using var accepted = await SendAsync(app, "/whoami", Tokens.Create("u-002", Key, "prod-issuer", "prod-aud"));
        using var rejected = await SendAsync(app, "/whoami", Tokens.Create("u-002"));

        Assert.Equal("u-002", await accepted.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(TestApp app, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await app.Client.SendAsync(request);
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response, string error, string messagePart)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(error, body.RootElement.GetProperty("error").GetString());
        Assert.Contains(messagePart, body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
