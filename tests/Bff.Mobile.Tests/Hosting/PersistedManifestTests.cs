using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Hosting;

[Collection(MobileCollection.Name)]
public sealed class PersistedManifestTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task InProductionAnOperationOfTheConfiguredApolloManifestRunsByItsId()
    {
        var manifest = Path.Combine(Path.GetTempPath(), $"mobile-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(manifest, JsonSerializer.Serialize(new
        {
            format = "apollo-persisted-query-manifest",
            version = 1,
            operations = new[] { new { id = "product-name-v1", body = "query ProductName($id: ID!) { product(id: $id) { name } }", name = "ProductName", type = "query" } },
        }));
        try
        {
            using var host = new MobileHost(demo, redis, "Production", new Dictionary<string, string?> { ["PersistedOperations:Manifest"] = manifest });

            using var response = await host.Http.SendAsync(MobileHost.GetById("product-name-v1", new { id = "9" }));
            using var folderOperation = await host.Http.SendAsync(MobileHost.GetById(AppOperations.Id("ProductDetail"), new { id = "9", imageWidth = 100 }));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(string.IsNullOrEmpty(body.NoErrors().Data().GetProperty("product").GetProperty("name").GetString()));
            Assert.Equal(HttpStatusCode.OK, folderOperation.StatusCode);
        }
        finally
        {
            File.Delete(manifest);
        }
    }

    [Fact]
    public async Task InProductionAnApqRegistrationIsRefused()
    {
        using var host = new MobileHost(demo, redis, "Production");
        const string query = """{ product(id: "7") { name } }""";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var extensions = Uri.EscapeDataString("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}");

        using var register = await host.Http.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}&extensions={extensions}");
        using var byHash = await host.Http.GetAsync($"/graphql?extensions={extensions}");

        // APQ is off outside Development: the text is refused (not taken for a miss), and the hash stays unknown.
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", Assert.Single((await register.Content.ReadFromJsonAsync<JsonElement>()).Errors()).Code());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Assert.Single((await byHash.Content.ReadFromJsonAsync<JsonElement>()).Errors()).Code());
        Assert.Empty(host.Calls.Calls);
    }
}
