using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server.Persisted;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Serialization.SystemTextJson;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Persisted;

/// <summary>With the store in the shared cache, a hash registered on one instance runs on every other.</summary>
public sealed class SharedAutomaticPersistedQueryTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private const string Query = "{ categories { name } }";

    [Fact]
    public async Task AHashRegisteredOnOneInstanceRunsOnAnotherSharingRedis()
    {
        var keys = Guid.NewGuid().ToString("N");
        using var first = StartInstance(keys);
        using var second = StartInstance(keys);

        var unknownOnSecond = await second.Client.PostGraphQLAsync(new { extensions = Registration(Query) }, Json);
        var registered = await first.Client.PostGraphQLAsync(new { query = Query, extensions = Registration(Query) });
        var byHashOnSecond = await second.Client.PostGraphQLAsync(new { extensions = Registration(Query) });

        Assert.Equal("PersistedQueryNotFound", unknownOnSecond.ErrorMessages.Single());
        Assert.True(registered.Status == HttpStatusCode.OK, registered.ToString());
        Assert.True(byHashOnSecond.Status == HttpStatusCode.OK, byHashOnSecond.ToString());
        Assert.Equal(registered.Body, byHashOnSecond.Body);
    }

    [Fact]
    public async Task AnInvalidDocumentIsNotRegisteredInTheSharedStore()
    {
        var keys = Guid.NewGuid().ToString("N");
        using var first = StartInstance(keys);
        using var second = StartInstance(keys);
        const string Invalid = "{ categories { doesNotExist } }";

        await first.Client.PostGraphQLAsync(new { query = Invalid, extensions = Registration(Invalid) });
        var byHash = await second.Client.PostGraphQLAsync(new { extensions = Registration(Invalid) }, Json);

        Assert.Equal("PersistedQueryNotFound", byHash.ErrorMessages.Single());
    }

    private static object Registration(string query) => AutomaticPersistedQueryTests.Extensions(AutomaticPersistedQueryTests.HashOf(query));

    private GraphQLTestServer StartInstance(string keys) => new(
        options => options.EnableAutomaticPersistedQueries = true,
        services =>
        {
            // The instances of one test share their keys; other tests do not see them.
            services.AddStackExchangeRedisCache(o => o.Configuration = redis.Server.Configuration);
            services.AddFusionCache()
                .WithOptions(o => o.CacheKeyPrefix = keys + ":")
                .WithSerializer(new FusionCacheSystemTextJsonSerializer())
                .WithRegisteredDistributedCache()
                .AsHybridCache();
            services.AddSingleton<IAutomaticPersistedQueryStore>(sp => new HybridCacheAutomaticPersistedQueryStore(sp.GetRequiredService<HybridCache>()));
        });
}
