using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;
using Bff.GraphQL.Server.Persisted;
using Microsoft.Extensions.DependencyInjection;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Persisted;

/// <summary>Persisted operations as an allow-list: only the deployed documents run, by id or by their exact text.</summary>
public sealed class PersistedOperationTests : IDisposable
{
    private const string Document = "query ProductName($id: ID!) { product(id: $id) { name } }";
    private static readonly string Id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));
    private readonly string directory = Directory.CreateTempSubdirectory("persisted-").FullName;
    private readonly GraphQLTestServer server;

    public PersistedOperationTests()
    {
        File.WriteAllText(Path.Combine(directory, Id + ".graphql"), Document);
        server = new GraphQLTestServer(
            options => options.OnlyAllowPersistedOperations = true,
            services => services.AddSingleton<IPersistedOperationStore>(new FileSystemPersistedOperationStore(directory)));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("documentId")]
    public async Task PersistedOperationRunsByItsId(string parameter)
    {
        var response = await server.Client.PostGraphQLAsync(new Dictionary<string, object>
        {
            [parameter] = Id,
            ["variables"] = new { id = "p2" },
        });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Learning Rust", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task PersistedOperationRunsByIdOverGet()
    {
        var response = await server.Client.GetGraphQLAsync([new("id", Id), new("variables", "{\"id\":\"p3\"}")]);

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("Chess Set", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task RawQueryThatIsNotPersistedIsRejected()
    {
        var response = await server.Client.PostGraphQLAsync(new { query = "{ users { email } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Only persisted operations are allowed.", response.ErrorMessages.Single());
        Assert.Equal(ServerErrorCodes.PersistedOperationRequired, response.FirstErrorCode);
    }

    [Fact]
    public async Task RawQueryWithTheExactTextOfAPersistedOneRuns()
    {
        var response = await server.Client.PostGraphQLAsync(new { query = Document, variables = new { id = "p1" } });

        Assert.True(response.Status == HttpStatusCode.OK, response.ToString());
        Assert.Equal("GraphQL in Action", response.Data.GetProperty("product").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UnknownIdIsReportedAsNotFound()
    {
        var response = await server.Client.PostGraphQLAsync(new { id = new string('0', 64) }, Json);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("PersistedQueryNotFound", response.ErrorMessages.Single());
        Assert.Equal(ServerErrorCodes.PersistedQueryNotFound, response.FirstErrorCode);
    }

    public void Dispose()
    {
        server.Dispose();
        Directory.Delete(directory, recursive: true);
    }
}
