using Bff.GraphQL.Server.Persisted;
using Bff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Bff.Testing.PersistedQueryRequests;

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
        var hash = Hash(Query);

        var unknown = await GetByHashAsync(second.Http, hash);
        var registered = await RegisterAsync(first.Http, Query, hash);
        var byHash = await GetByHashAsync(second.Http, hash);

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
        var hash = Hash("{ __typename }");

        var mismatch = await RegisterAsync(bff.Http, Query, hash);
        var byHash = await GetByHashAsync(bff.Http, hash);

        Assert.NotEmpty(mismatch.Errors());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single(byHash.Errors()).Code());
    }
}
