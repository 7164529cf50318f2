using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bff.GraphQL.Ide.Tests.TestSupport;

namespace Bff.GraphQL.Ide.Tests;

public sealed class IdeFileTests(HelloServer server) : IClassFixture<HelloServer>
{
    [Fact]
    public async Task ConfigPointsTheIdeAtTheServiceItselfAndTurnsTelemetryOff()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(config.RootElement.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.True(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.RootElement.TryGetProperty("gaTrackingId", out _));
    }

    [Theory]
    [InlineData("static/media/FiraCode-Medium.1bc138a84f63b384c3f2.woff2", "font/woff2")]
    [InlineData("static/css/styles.15b5693c.css", "text/css")]
    [InlineData("service-worker.js", "text/javascript")]
    [InlineData("LICENSE", "text/plain")]
    public async Task FilesBelowTheEndpointHaveTheirContentType(string path, string contentType)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Theory]
    [InlineData("static/js/nope.js")]
    [InlineData("index.cjs")]
    [InlineData("package.json")]
    [InlineData("../appsettings.json")]
    public async Task AnythingThatIsNotAnIdeFileIsNotFound(string path)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql/" + path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnchangedFileIsRevalidatedByItsETag()
    {
        using var client = server.CreateClient();
        using var first = await client.GetAsync(new Uri("/graphql/favicon.svg", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/graphql/favicon.svg", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ScriptsAreCompressedForBrowsersThatAcceptItAndDecompressToTheSameBytes(string encoding)
    {
        using var client = server.CreateClient();
        var path = new Uri("/graphql/static/js/main.0349187e.js", UriKind.Relative);
        var plain = await client.GetByteArrayAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsStreamAsync();
        using var decompressor = encoding == "br" ? (Stream)new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        await decompressor.CopyToAsync(decompressed);
        Assert.True(response.Content.Headers.ContentLength < plain.Length / 2);
        Assert.Equal(plain, decompressed.ToArray());
    }
}
