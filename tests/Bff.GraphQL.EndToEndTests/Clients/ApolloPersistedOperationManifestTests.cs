using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Clients;

/// <summary>
/// A real Apollo Client 4 whose persisted-queries link sends the ids of an Apollo persisted-query manifest
/// (<c>generateHash</c>), against a server that allows only the manifest's operations.
/// </summary>
public sealed class ApolloPersistedOperationManifestTests : IAsyncLifetime
{
    // The script's ProductName document as Apollo's manifest generator stores it: printed, with the __typename its cache adds.
    private const string ProductNameBody = "query ProductName($id: ID!) {\n  product(id: $id) {\n    id\n    name\n    __typename\n  }\n}";
    private readonly string manifest = Path.Combine(Directory.CreateTempSubdirectory("apollo-manifest-").FullName, "manifest.json");
    private RecordingGraphQLHost host = null!;

    public async Task InitializeAsync()
    {
        var operations = new[] { new { id = Sha256(ProductNameBody), body = ProductNameBody, name = "ProductName", type = "query" } };
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new { format = "apollo-persisted-query-manifest", version = 1, operations }));
        host = await RecordingGraphQLHost.StartAsync(server => server
            .AddApolloTestSchema()
            .UsePersistedOperationManifest(manifest, onlyAllowPersisted: true));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(manifest)!, recursive: true);
    }

    [Fact]
    public async Task ARegisteredOperationRunsByItsManifestIdInOneHashOnlyGet()
    {
        var result = await ApolloScenario.RunAsync("manifest", host.Endpoint, manifest);

        var registered = result.GetProperty("registered");
        var product = registered.GetProperty("data").GetProperty("product");
        Assert.Equal(("Product p4", "Product"), (product.GetProperty("name").GetString(), product.GetProperty("__typename").GetString()));
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("error").ValueKind);
        var request = host.Requests.Single(r => r.PersistedQueryHash != "unregistered");
        Assert.Equal(("GET", false, 200), (request.Method, request.SentQueryText, request.Status));
        Assert.Equal(Sha256(ProductNameBody), request.PersistedQueryHash);
    }

    [Fact]
    public async Task AnUnregisteredOperationIsMissedThenRefusedAndApolloReportsTheRefusalNotAMiss()
    {
        var result = await ApolloScenario.RunAsync("manifest", host.Endpoint, manifest);

        var error = result.GetProperty("unregistered").GetProperty("error");
        Assert.Equal("CombinedGraphQLErrors", error.GetProperty("name").GetString());
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", error.GetProperty("errors")[0].GetProperty("code").GetString());
        var attempts = host.Requests.Where(r => r.PersistedQueryHash == "unregistered").ToList();
        Assert.True(attempts.Count == 2, host.Describe());
        // The hash alone is a miss (200, as Apollo Server answers it); the retry's text is refused (400: Apollo asks
        // for application/graphql-response+json), which Apollo does not retry.
        Assert.Equal(("GET", false, 200, "PERSISTED_QUERY_NOT_FOUND"), (attempts[0].Method, attempts[0].SentQueryText, attempts[0].Status, attempts[0].FirstErrorCode));
        Assert.Equal(("POST", true, 400, "PERSISTED_OPERATION_REQUIRED"), (attempts[1].Method, attempts[1].SentQueryText, attempts[1].Status, attempts[1].FirstErrorCode));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
