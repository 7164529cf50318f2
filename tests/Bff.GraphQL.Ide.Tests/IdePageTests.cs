using System.Net;
using System.Text.RegularExpressions;
using Bff.GraphQL.Ide.Tests.TestSupport;

namespace Bff.GraphQL.Ide.Tests;

public sealed partial class IdePageTests(HelloServer server) : IClassFixture<HelloServer>
{
    [Fact]
    public async Task BrowserOpeningTheEndpointIsRedirectedBelowItSoThePagesRelativeFilesResolve()
    {
        using var client = server.CreateClient();
        using var response = await client.SendAsync(Html("/graphql"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task EndpointWithTrailingSlashServesTheIdePageToBrowsers()
    {
        using var client = server.CreateClient();
        using var response = await client.SendAsync(Html("/graphql/"));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", page, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task EveryFileThePageNamesIsServedWithItsContentTypeAndHashedOnesAreCachedForever()
    {
        using var client = server.CreateClient();
        using var pageResponse = await client.SendAsync(Html("/graphql/"));
        var names = AssetReference().Matches(await pageResponse.Content.ReadAsStringAsync()).Select(m => m.Groups["path"].Value).ToList();

        Assert.Contains(names, n => n.StartsWith("static/js/main.", StringComparison.Ordinal));
        foreach (var name in names)
        {
            using var response = await client.GetAsync(new Uri("/graphql/" + name.TrimStart('.', '/'), UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{name}: {response.StatusCode}");
            Assert.Equal(ExpectedType(name), response.Content.Headers.ContentType?.MediaType);
            var cache = response.Headers.CacheControl!;
            Assert.Equal(name.StartsWith("static/", StringComparison.Ordinal), cache.MaxAge == TimeSpan.FromDays(365) && cache.Extensions.Any(e => e.Name == "immutable"));
        }
    }

    [Fact]
    public async Task ApiClientsAtTheEndpointStillGetGraphQL()
    {
        using var client = server.CreateClient();
        var query = Uri.EscapeDataString("{ hello(name: \"IDE\") }");
        using var response = await client.SendAsync(Html($"/graphql?query={query}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello IDE"}}""", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Html(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
        return request;
    }

    private static string ExpectedType(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript",
        ".css" => "text/css",
        ".ico" => "image/x-icon",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".webmanifest" => "application/manifest+json",
        var other => throw new InvalidOperationException($"The page names a {other} file this test does not know."),
    };

    [GeneratedRegex("(?:src|href)=\"(?<path>[^\"]+)\"")]
    private static partial Regex AssetReference();
}
