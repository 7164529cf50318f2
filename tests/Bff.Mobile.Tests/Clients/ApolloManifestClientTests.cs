using System.Net.Http.Json;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Clients;

/// <summary>
/// A real Apollo Client 4 whose persisted-queries link sends the ids of the app's Apollo persisted-query manifest
/// (generated from bff-mobile/Operations as Apollo's generator does), against bff-mobile in Production, where only
/// registered operations run.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class ApolloManifestClientTests(DemoBackendsProcess demo, RedisFixture redis) : IAsyncLifetime
{
    private readonly string manifest = Path.Combine(Path.GetTempPath(), $"mobile-apollo-manifest-{Guid.NewGuid():N}.json");
    private MobileHost host = null!;

    public async Task InitializeAsync()
    {
        await ApolloClientScript.WriteManifestAsync(manifest, OperationFile("ProductDetail"), OperationFile("Home"));
        host = new MobileHost(demo, redis, "Production", new Dictionary<string, string?> { ["PersistedOperations:Manifest"] = manifest });
    }

    public Task DisposeAsync()
    {
        host.Dispose();
        File.Delete(manifest);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ARegisteredOperationRunsByItsManifestIdInOneHashOnlyGet()
    {
        using var http = new HttpClient();
        var expected = await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Catalog"), "/products/42"));

        var run = await ApolloClientScript.RunPlanAsync(Endpoint, [new("screen", AppOperations.Text("ProductDetail"), new { id = "42", imageWidth = 300 })], manifest);

        Assert.Equal(JsonValueKind.Null, run["screen"].GetProperty("error").ValueKind);
        var product = run["screen"].GetProperty("data").GetProperty("product");
        Assert.Equal((expected.GetProperty("name").GetString(), "Product"), (product.GetProperty("name").GetString(), product.GetProperty("__typename").GetString()));
        var request = Assert.Single(run.Exchanges);
        // The screen defers its reviews, so Apollo asks for multipart parts, and those are not for a shared cache; the
        // same GET without the multipart Accept is one JSON body and keeps the screen's shortest hint.
        Assert.Equal(("GET", false, 200, "no-store"), (request.Method, request.SentQuery, request.Status, request.CacheControl));
        Assert.Contains(Uri.EscapeDataString(ManifestId("ProductDetail")), request.Url, StringComparison.Ordinal);
        using var plain = new HttpRequestMessage(HttpMethod.Get, request.Url);
        plain.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var whole = await http.SendAsync(plain);
        Assert.Equal((200, "public, max-age=5"), ((int)whole.StatusCode, whole.Headers.CacheControl?.ToString()));
    }

    [Fact]
    public async Task AnOperationOutsideTheManifestIsRefusedWithAClearErrorEvenWhenApollosRetrySendsItsText()
    {
        var run = await ApolloClientScript.RunPlanAsync(Endpoint, [new("unlisted", """query Unlisted { product(id: "42") { id name } }""")], manifest);

        var error = run["unlisted"].GetProperty("error");
        Assert.Equal(JsonValueKind.Null, run["unlisted"].GetProperty("data").ValueKind);
        Assert.Equal("CombinedGraphQLErrors", error.GetProperty("name").GetString());
        var refusal = Assert.Single(error.GetProperty("errors").EnumerateArray());
        // The hash alone is a miss, so Apollo retries with the text; the text is refused as not allowed, which Apollo
        // reports to the app instead of retrying again.
        Assert.Equal("PERSISTED_OPERATION_REQUIRED", refusal.GetProperty("code").GetString());
        var exchanges = run.Exchanges;
        Assert.True(exchanges.Count == 2, run.ToString());
        Assert.Equal(("GET", false, 200, "PERSISTED_QUERY_NOT_FOUND"), (exchanges[0].Method, exchanges[0].SentQuery, exchanges[0].Status, exchanges[0].ErrorCode));
        Assert.Equal(("POST", true, 400, "PERSISTED_OPERATION_REQUIRED"), (exchanges[1].Method, exchanges[1].SentQuery, exchanges[1].Status, exchanges[1].ErrorCode));
        Assert.Empty(host.Calls.Calls);
    }

    private Uri Endpoint => new(host.Http.BaseAddress!, "/graphql");

    private static string OperationFile(string name) => Path.Combine(AppOperations.Directory("OperationsDirectory"), name + ".graphql");

    private string ManifestId(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetString()!;
    }
}
