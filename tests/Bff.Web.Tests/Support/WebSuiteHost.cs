namespace Bff.Web.Tests.Support;

/// <summary>
/// The web BFF as the engine's suites (audit, conformance, hostile input) see it: a <see cref="WebBff"/> whose IP
/// rate limit does not count the suites' hundreds of requests, its endpoint and a normal query that must still work.
/// </summary>
public static class WebSuiteHost
{
    /// <summary>The committed contract.</summary>
    public static string SchemaFile { get; } = Repository.PathOf("bff-web", "Bff.Web", "schema.graphql");

    /// <summary>A host for a suite, in <paramref name="environment"/>.</summary>
    public static WebBff Start(DemoBackendsProcess demo, RedisFixture redis, string environment = "Development") =>
        new(demo, redis, new Dictionary<string, string?> { ["RateLimiting:Ip:PermitLimit"] = "100000" }, environment);

    /// <summary>The GraphQL endpoint of <paramref name="bff"/>.</summary>
    public static Uri Endpoint(WebBff bff) => new(bff.Http.BaseAddress!, "/graphql");

    /// <summary>A product page query answers with data: the process is alive and serving.</summary>
    public static async Task AssertHealthyAsync(WebBff bff)
    {
        var response = (await bff.QueryAsync("{ product(id: \"1\") { id name } }")).NoErrors();
        Assert.Equal("1", response.Data().GetProperty("product").GetProperty("id").GetString());
    }
}
