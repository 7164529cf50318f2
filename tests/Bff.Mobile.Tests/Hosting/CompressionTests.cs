using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Hosting;

[Collection(MobileCollection.Name)]
public sealed class CompressionTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ResponsesAreCompressedWithWhatTheAppAccepts(string encoding)
    {
        using var host = new MobileHost(demo, redis, "Production");
        using var request = MobileHost.GetById(AppOperations.Id("ProductDetail"), new { id = "42", imageWidth = 320 });
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream plain = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        var body = await JsonDocument.ParseAsync(plain);
        Assert.Equal("42", body.RootElement.NoErrors().Data().GetProperty("product").GetProperty("id").GetString());
    }

    [Fact]
    public async Task WithoutAcceptEncodingTheResponseIsPlain()
    {
        using var host = new MobileHost(demo, redis, "Production");

        using var response = await host.Http.SendAsync(MobileHost.GetById(AppOperations.Id("ProductDetail"), new { id = "42", imageWidth = 320 }));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.NoErrors();
    }
}
