using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.EndToEndTests.Execution;

/// <summary>A DataLoader-backed field on a list costs one batch, not one call per item.</summary>
public sealed class DataLoaderBatchingTests : IDisposable
{
    private readonly GraphQLTestServer server = new();

    [Fact]
    public async Task CategoriesOfAListOfProductsAreLoadedInOneBatch()
    {
        var probes = server.Get<TestProbes>();
        var response = await server.Client.PostGraphQLAsync(new { query = "{ products(first: 50) { id category { name } } }" });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(7, response.Data.GetProperty("products").GetArrayLength());
        Assert.Equal(1, probes.CategoryBatches);
        Assert.Equal(3, probes.CategoryKeysLoaded);
    }

    [Fact]
    public async Task CategoriesLoadedOnceInARequestAreNotFetchedAgainDeeperDown()
    {
        var probes = server.Get<TestProbes>();
        var response = await server.Client.PostGraphQLAsync(new
        {
            query = "{ categories { products { category { products { category { id } } } } } }",
        });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal(1, probes.CategoryBatches);
    }

    public void Dispose() => server.Dispose();
}
