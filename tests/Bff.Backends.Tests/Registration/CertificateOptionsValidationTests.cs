using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Bff.Backends.Pricing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.Backends.Tests.Registration;

/// <summary>The client certificate and CA settings fail start-up with the full key when their files cannot be used.</summary>
public sealed class CertificateOptionsValidationTests : IDisposable
{
    private const string Password = "right-password";
    private readonly string directory = Directory.CreateTempSubdirectory("bff-backend-certs-").FullName;

    public CertificateOptionsValidationTests()
    {
        using var key = RSA.Create(2048);
        using var certificate = new CertificateRequest("CN=bff-web", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(PathOf("client.pfx"), certificate.Export(X509ContentType.Pkcs12, Password));
        File.WriteAllText(PathOf("client.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(PathOf("client.key"), key.ExportPkcs8PrivateKeyPem());
        using var withoutKey = X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(PathOf("no-key.pfx"), withoutKey.Export(X509ContentType.Pkcs12, Password));
        File.WriteAllText(PathOf("not-a-certificate.pem"), "hello");
    }

    [Fact]
    public async Task AClientCertificateThatDoesNotExistFailsStartUpNamingTheKey()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new() { ["Backends:Pricing:ClientCertificate:Path"] = PathOf("missing.pfx") }));

        Assert.Contains("Backends:Pricing:ClientCertificate:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordFailsStartUpWithoutEchoingThePassword()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new()
        {
            ["Backends:Pricing:ClientCertificate:Path"] = PathOf("client.pfx"),
            ["Backends:Pricing:ClientCertificate:Password"] = "wrong-password",
        }));

        Assert.Contains("Backends:Pricing:ClientCertificate:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACertificateWithoutPrivateKeyFailsStartUp()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new()
        {
            ["Backends:Pricing:ClientCertificate:Path"] = PathOf("no-key.pfx"),
            ["Backends:Pricing:ClientCertificate:Password"] = Password,
        }));

        Assert.Contains("Backends:Pricing:ClientCertificate:Path", error.Message, StringComparison.Ordinal);
        Assert.Contains("no private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKeyPathWithoutACertificateAndACaThatIsNotACertificateFailStartUpTogether()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new()
        {
            ["Backends:Pricing:ClientCertificate:KeyPath"] = PathOf("client.key"),
            ["Backends:Pricing:ServerCertificate:CaPath"] = PathOf("not-a-certificate.pem"),
        }));

        Assert.Contains("Backends:Pricing:ClientCertificate:KeyPath", error.Message, StringComparison.Ordinal);
        Assert.Contains("Backends:Pricing:ServerCertificate:CaPath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("client.pfx", null, Password)]
    [InlineData("client.pem", "client.key", null)]
    public async Task APkcs12OrPemCertificateWithItsKeyAndACaStart(string path, string? keyPath, string? password)
    {
        using var host = await StartAsync(new()
        {
            ["Backends:Pricing:ClientCertificate:Path"] = PathOf(path),
            ["Backends:Pricing:ClientCertificate:KeyPath"] = keyPath is null ? null : PathOf(keyPath),
            ["Backends:Pricing:ClientCertificate:Password"] = password,
            ["Backends:Pricing:ServerCertificate:CaPath"] = PathOf("client.pem"),
        });

        var options = host.Services.GetRequiredService<IOptions<PricingClientOptions>>().Value;
        Assert.Equal(PathOf(path), options.ClientCertificate.Path);
        // The handler is built with the certificate applied; building it must not throw either.
        Assert.NotNull(host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(PricingClientOptions.BackendName));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathOf(string name) => Path.Combine(directory, name);

    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        settings["Backends:Pricing:BaseUrl"] = "https://127.0.0.1:5203";
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPricingClient();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
