using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;

namespace Bff.GraphQL.EndToEndTests.Persisted;

/// <summary>
/// A mobile app's operations from an Apollo persisted-query manifest and a folder of <c>.graphql</c> files: in
/// Production only they run (by id, by APQ hash, over GET too); in Development anything does.
/// </summary>
public sealed class PersistedOperationManifestTests : IAsyncLifetime
{
    // The ids in TestData/persisted-query-manifest.json: the SHA-256 of each body, as Apollo Kotlin computes them.
    private const string ProductNameId = "8716280aee2ab5342adf1460bf96d1d1a5345bcc8061ec0049cf681ebc5e1a5f";
    private const string RenameId = "9f5abce24a7c489dd6eb0c0688749c0962a2e278289d484f2b8a7e424b439445";
    private const string Sdl = """
        type Query { product(id: ID!): Product }
        type Product { id: ID! name: String! }
        type Mutation { rename(id: ID!, name: String!): Product }
        """;

    private static readonly string TestData = Path.Combine(AppContext.BaseDirectory, "Persisted", "TestData");
    private static readonly string ManifestPath = Path.Combine(TestData, "persisted-query-manifest.json");
    private readonly string scratch = Directory.CreateTempSubdirectory("manifest-").FullName;
    private MinimalGraphQLHost production = null!;

    public async Task InitializeAsync() => production = await StartAsync("Production", ManifestPath);

    public async Task DisposeAsync()
    {
        await production.DisposeAsync();
        Directory.Delete(scratch, recursive: true);
    }

    [Fact]
    public async Task AManifestOperationRunsByItsApqHashOverGet()
    {
        var response = await production.Client.GetGraphQLAsync([
            new("extensions", PersistedQuery(ProductNameId)),
            new("variables", """{"id":"p1"}"""),
        ]);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Product p1", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task AManifestOperationRunsByItsIdOverGet(string parameter)
    {
        var response = await production.Client.GetGraphQLAsync([new(parameter, ProductNameId), new("variables", """{"id":"p2"}""")]);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Product p2", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AnOperationFromTheFolderRunsByTheHashOfItsFile()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestData, "Operations", "ProductId.graphql"));

        var response = await production.Client.GetGraphQLAsync([new("id", Sha256(text)), new("variables", """{"id":"p3"}""")]);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("p3", response.Data.GetProperty("product").GetProperty("id").GetString());
    }

    [Fact]
    public async Task AManifestMutationRunsOverPostButNotOverGet()
    {
        var body = new Dictionary<string, object> { ["id"] = RenameId, ["variables"] = new { id = "p1", name = "New" } };
        var posted = await production.Client.PostGraphQLAsync(body);
        var got = await production.Client.GetGraphQLAsync([new("id", RenameId), new("variables", """{"id":"p1","name":"New"}""")]);

        Assert.True(posted.Status == HttpStatusCode.OK, posted.ToString());
        Assert.Equal("New", posted.Data.GetProperty("rename").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, got.Status);
        Assert.Equal(ServerErrorCodes.MutationOverGet, got.FirstErrorCode);
    }

    [Fact]
    public async Task InProductionAQueryThatIsNotRegisteredIsRejected()
    {
        var response = await production.Client.PostGraphQLAsync(new { query = "{ product(id: \"p1\") { id name } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(ServerErrorCodes.PersistedOperationRequired, response.FirstErrorCode);
    }

    [Fact]
    public async Task InProductionAnUnknownHashIsNotFoundWithA200NoCacheKeeps()
    {
        var response = await production.Client.GetGraphQLAsync([
            new("extensions", PersistedQuery(new string('0', 64))),
        ]);

        Assert.Equal(ServerErrorCodes.PersistedQueryNotFound, response.FirstErrorCode);
        Assert.Equal((HttpStatusCode.OK, "no-store"), (response.Status, response.Message.Headers.CacheControl?.ToString()));
    }

    [Theory]
    [InlineData(GraphQLHttpClientExtensions.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData(GraphQLHttpClientExtensions.Json, HttpStatusCode.OK)]
    public async Task InProductionAnUnregisteredTextSentWithItsHashIsRefusedNotMissing(string accept, HttpStatusCode status)
    {
        // What Apollo's retry sends after a miss: the text and its hash. A miss here would read as "send the text".
        const string query = "{ product(id: \"p2\") { id } }";
        var response = await production.Client.PostGraphQLAsync(
            new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = Sha256(query) } } }, accept);

        Assert.Equal((status, ServerErrorCodes.PersistedOperationRequired), (response.Status, response.FirstErrorCode));
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task InDevelopmentArbitraryQueriesAndApqRegistrationsRun()
    {
        await using var development = await StartAsync("Development", ManifestPath);
        const string query = "{ product(id: \"p9\") { name } }";
        var extensions = PersistedQuery(Sha256(query));

        var arbitrary = await development.Client.PostGraphQLAsync(new { query });
        var registered = await development.Client.GetGraphQLAsync([new("query", query), new("extensions", extensions)]);
        var byHash = await development.Client.GetGraphQLAsync([new("extensions", extensions)]);

        Assert.True(arbitrary.Status == HttpStatusCode.OK, arbitrary.ToString());
        Assert.True(registered.Status == HttpStatusCode.OK, registered.ToString());
        Assert.True(byHash.Status == HttpStatusCode.OK, byHash.ToString());
        Assert.Equal("Product p9", byHash.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task AManifestOperationThatDoesNotValidateFailsStartUpWithItsIdAndName()
    {
        var path = Path.Combine(scratch, "manifest.json");
        await File.WriteAllTextAsync(path, """
            {"format":"apollo-persisted-query-manifest","version":1,"operations":[
              {"id":"old-1","body":"query Old { product(id: \"1\") { price } }","name":"Old","type":"query"}]}
            """);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync("Production", path));

        Assert.Contains("old-1 (Old)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cannot query field \"price\" on type \"Product\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedManifestFailsStartUpWithAClearMessage()
    {
        var path = Path.Combine(scratch, "manifest.json");
        await File.WriteAllTextAsync(path, """{"format":"apollo-persisted-query-manifest","version":1,"operations":{}}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StartAsync("Production", path));

        Assert.Contains("\"operations\" must be an array", error.Message, StringComparison.Ordinal);
    }

    private static Task<MinimalGraphQLHost> StartAsync(string environment, string manifest) =>
        MinimalGraphQLHost.StartAsync(environment, server => server
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "product", ctx => new Dictionary<string, object?>
            {
                ["id"] = ctx.ArgumentValue<string>("id"),
                ["name"] = "Product " + ctx.ArgumentValue<string>("id"),
            })
            .AddResolver("Mutation", "rename", ctx => new Dictionary<string, object?>
            {
                ["id"] = ctx.ArgumentValue<string>("id"),
                ["name"] = ctx.ArgumentValue<string>("name"),
            })
            .AddResolver("Product", "id", ctx => ((Dictionary<string, object?>)ctx.Parent!)["id"])
            .AddResolver("Product", "name", ctx => ((Dictionary<string, object?>)ctx.Parent!)["name"])
            .UsePersistedOperationManifest(manifest, onlyAllowPersisted: environment != "Development")
            .UsePersistedOperationDocuments(Path.Combine(TestData, "Operations"))
            .UseAutomaticPersistedQueries());

    private static string PersistedQuery(string hash) => "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
