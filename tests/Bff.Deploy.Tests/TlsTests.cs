using System.Net;
using System.Text.Json;
using Bff.Deploy.Tests.Support;

namespace Bff.Deploy.Tests;

/// <summary>
/// bff-web with a generated certificate: Kestrel serves HTTPS and HTTP/2 from configuration alone, and its pricing
/// calls go over mutual TLS to a backend that requires a client certificate from the test CA.
/// </summary>
[Collection(LocalBackendsCollection.Name)]
public sealed class TlsTests(LocalBackends backends) : IDisposable
{
    private const string ProductWithPrice = "query P($id: ID!) { product(id: $id) { id name price { amount currency } } }";
    private readonly TestCertificates certificates = TestCertificates.Create();

    [Fact]
    public async Task Bff_serves_graphql_over_https_with_http2_when_a_certificate_is_configured()
    {
        var (bff, https) = await StartHttpsBffAsync(backends.EnvironmentFor(BffProcess.FreePort()));
        await using var running = bff;
        using var http = certificates.TrustingClient();

        var (status, version, body) = await QueryOverHttpsAsync(bff, http, Http2Query(https, "4"));

        Assert.Equal(200, status);
        Assert.Equal(HttpVersion.Version20, version);
        Assert.Equal("4", body.GetProperty("data").GetProperty("product").GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
    }

    [Fact]
    public async Task Bff_over_https_calls_a_backend_requiring_a_client_certificate_with_the_configured_one()
    {
        await using var pricing = await MutualTlsPricing.StartAsync(certificates);
        var environment = backends.EnvironmentFor(BffProcess.FreePort());
        environment["Backends__Pricing__BaseUrl"] = pricing.Url.ToString();
        environment["Backends__Pricing__ServerCertificate__CaPath"] = certificates.CaPemPath;
        environment["Backends__Pricing__ClientCertificate__Path"] = certificates.ClientPemPath;
        environment["Backends__Pricing__ClientCertificate__KeyPath"] = certificates.ClientKeyPemPath;
        var (bff, https) = await StartHttpsBffAsync(environment);
        await using var running = bff;
        using var http = certificates.TrustingClient();

        var (status, version, body) = await QueryOverHttpsAsync(bff, http, Http2Query(https, "5"));

        Assert.Equal(200, status);
        Assert.Equal(HttpVersion.Version20, version);
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        var price = body.GetProperty("data").GetProperty("product").GetProperty("price");
        Assert.Equal(MutualTlsPricing.Amount, price.GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", price.GetProperty("currency").GetString());
        Assert.True(pricing.Calls > 0);
    }

    [Fact]
    public async Task Without_a_client_certificate_the_backend_refuses_and_the_price_is_backend_unavailable()
    {
        await using var pricing = await MutualTlsPricing.StartAsync(certificates);
        var port = BffProcess.FreePort();
        var environment = backends.EnvironmentFor(port);
        environment["Backends__Pricing__BaseUrl"] = pricing.Url.ToString();
        // The backend's certificate is trusted, so only the missing client certificate can fail the call.
        environment["Backends__Pricing__ServerCertificate__CaPath"] = certificates.CaPemPath;
        await using var bff = await BffProcess.StartAsync("Bff.Web", environment, port);
        using var http = new HttpClient();
        var request = GraphQLPost.Create(ProductWithPrice, new { id = "6" });
        request.RequestUri = new Uri(bff.Address, "/graphql");

        var (status, _, body) = await LocalBackends.QueryAsync(http, request);

        Assert.Equal(200, status);
        var product = body.GetProperty("data").GetProperty("product");
        Assert.Equal("6", product.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("price").ValueKind);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("BACKEND_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(["product", "price"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, pricing.Calls);
    }

    [Fact]
    public async Task A_client_certificate_path_that_does_not_exist_stops_the_bff_at_start_up_naming_the_key()
    {
        var port = BffProcess.FreePort();
        var environment = backends.EnvironmentFor(port);
        environment["Backends__Pricing__ClientCertificate__Path"] = Path.Combine(certificates.Directory, "missing.pfx");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BffProcess.StartAsync("Bff.Web", environment, port));

        Assert.Contains("Backends:Pricing:ClientCertificate:Path", failure.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose() => certificates.Dispose();

    private async Task<(BffProcess Bff, Uri Https)> StartHttpsBffAsync(Dictionary<string, string> environment)
    {
        var https = new Uri($"https://127.0.0.1:{BffProcess.FreePort()}");
        environment["Kestrel__Endpoints__Https__Url"] = https.ToString().TrimEnd('/');
        environment["Kestrel__Endpoints__Https__Protocols"] = "Http1AndHttp2";
        environment["Kestrel__Endpoints__Https__Certificate__Path"] = certificates.ServerPfxPath;
        environment["Kestrel__Endpoints__Https__Certificate__Password"] = TestCertificates.Password;
        var port = new Uri(environment["Kestrel__Endpoints__Http__Url"]).Port;
        var bff = await BffProcess.StartAsync("Bff.Web", environment, port);
        // Kestrel accepts on the http endpoint (which answered /health/live) before it has bound the https one.
        await Eventually.TrueAsync(() => Accepts(https.Port), TimeSpan.FromSeconds(30));
        return (bff, https);
    }

    private static bool Accepts(int port)
    {
        using var client = new System.Net.Sockets.TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    // A refused connection here means the https endpoint never bound: say what the BFF printed.
    private static async Task<(int Status, Version Version, JsonElement Body)> QueryOverHttpsAsync(BffProcess bff, HttpClient http, HttpRequestMessage request)
    {
        try
        {
            return await LocalBackends.QueryAsync(http, request);
        }
        catch (HttpRequestException ex)
        {
            throw new Xunit.Sdk.XunitException($"{request.RequestUri}: {ex.Message}\n{bff.Output}");
        }
    }

    private static HttpRequestMessage Http2Query(Uri https, string id)
    {
        var request = GraphQLPost.Create(ProductWithPrice, new { id });
        request.RequestUri = new Uri(https, "/graphql");
        request.Version = HttpVersion.Version20;
        request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        return request;
    }
}
