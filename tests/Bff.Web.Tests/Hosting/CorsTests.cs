using Bff.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bff.Web.Tests.Hosting;

[Collection(WebCollection.Name)]
public sealed class CorsTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Spa = "http://localhost:5173";

    [Fact]
    public async Task APreflightFromTheSpasOriginIsAllowedWithItsMethodAndHeaders()
    {
        using var bff = new WebBff(demo, redis);

        using var response = await bff.Http.SendAsync(Preflight(Spa));

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://localhost:5174")]
    [InlineData("https://localhost:5173")]
    public async Task APreflightFromAnotherOriginGetsNoCorsHeaders(string origin)
    {
        using var bff = new WebBff(demo, redis);

        using var response = await bff.Http.SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task AQueryFromTheSpaCarriesTheAllowOriginAndExposesTheCorrelationId()
    {
        using var bff = new WebBff(demo, redis);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("Origin", Spa);

        using var response = await bff.Http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Correlation-Id", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ARefusedTokenIsAnswered401WithTheCorsHeadersSoTheSpaCanReadIt()
    {
        using var bff = new WebBff(demo, redis);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ me { id } }\"}", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Origin", Spa);
        request.Headers.Add("Authorization", "Bearer not-a-token");

        using var response = await bff.Http.SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Spa, Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*", "false", "Cors:AllowedOrigins:0 is '*'")]
    [InlineData("*", "true", "wildcard origin with AllowCredentials")]
    [InlineData("localhost:5173", "false", "Cors:AllowedOrigins:0 'localhost:5173' must be an absolute http(s) URL")]
    [InlineData("ftp://files.example", "false", "must be an absolute http(s) URL")]
    [InlineData("https://shop.example/app", "false", "must be an origin (scheme, host and port) without path")]
    public void AnOriginThatIsNotAnHttpOriginFailsStartUpNamingTheKey(string origin, string credentials, string message)
    {
        var error = Assert.ThrowsAny<OptionsValidationException>(() => new WebBff(demo, redis, new Dictionary<string, string?>
        {
            ["Cors:AllowedOrigins:0"] = origin,
            ["Cors:AllowedOrigins:1"] = null,
            ["Cors:AllowCredentials"] = credentials,
        }).Dispose());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return request;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values) : "";
}
