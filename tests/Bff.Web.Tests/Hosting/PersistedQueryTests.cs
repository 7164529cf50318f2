using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bff.GraphQL.Server.Persisted;
using Bff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Web.Tests.Hosting;

/// <summary>
/// Automatic Persisted Queries on the web BFF, in every environment: with Redis the registrations are shared, so the
/// SPA's hash registered through one instance runs on another behind the same address.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PersistedQueryTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string Query = """{ productPage(id: "17") { product { name } } }""";

    [Fact]
    public async Task AHashRegisteredOnOneInstanceRunsOnAnotherSharingItsRedisInProduction()
    {
        var shared = new Dictionary<string, string?>
        {
            ["Caching:KeyPrefix"] = "wapq" + Guid.NewGuid().ToString("N"),
            // Production wants its own token settings; the query here is anonymous.
            ["Auth:Jwt:SigningKey"] = "a-production-signing-key-for-this-test-only-0123456789",
            ["Auth:Jwt:Issuer"] = "test-issuer",
            ["Auth:Jwt:Audience"] = "test-audience",
        };
        using var first = new WebBff(demo, redis, shared, "Production");
        using var second = new WebBff(demo, redis, shared, "Production");
        var hash = Sha256(Query);

        var unknown = await ByHashAsync(second, hash);
        var registered = await RegisterAsync(first, Query, hash);
        var byHash = await ByHashAsync(second, hash);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(unknown.Errors()).Code());
        Assert.Equal(registered.NoErrors().ToString(), byHash.NoErrors().ToString());
        Assert.False(string.IsNullOrEmpty(byHash.Data().GetProperty("productPage").GetProperty("product").GetProperty("name").GetString()));
    }

    [Fact]
    public void WithRedisTheStoreIsTheSharedOne()
    {
        using var bff = new WebBff(demo, redis);

        Assert.IsType<HybridCacheAutomaticPersistedQueryStore>(bff.Services.GetRequiredService<IAutomaticPersistedQueryStore>());
    }

    [Fact]
    public async Task AHashWhoseTextDoesNotMatchIsNotRegistered()
    {
        using var bff = new WebBff(demo, redis);
        var hash = Sha256("{ __typename }");

        var mismatch = await RegisterAsync(bff, Query, hash);
        var byHash = await ByHashAsync(bff, hash);

        Assert.NotEmpty(mismatch.Errors());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(byHash.Errors()).Code());
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<JsonElement> RegisterAsync(WebBff bff, string query, string hash)
    {
        using var response = await bff.Http.PostAsJsonAsync("/graphql", new
        {
            query,
            extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
        });
        return await GraphQLPost.ReadAsync(response);
    }

    private static async Task<JsonElement> ByHashAsync(WebBff bff, string hash)
    {
        var extensions = Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}");
        // A GET needs a header a cross-site form cannot send (CSRF protection), as Apollo Client sends it.
        request.Headers.Add("apollo-require-preflight", "true");
        using var response = await bff.Http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }
}
