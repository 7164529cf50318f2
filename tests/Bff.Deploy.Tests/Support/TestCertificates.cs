using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// A private CA made for one test, the server certificate it issues for 127.0.0.1/localhost and a client certificate,
/// written to a temporary folder (PKCS#12 and PEM) that is deleted on dispose.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    /// <summary>The password of every .pfx written.</summary>
    public const string Password = "test-pfx-password";

    private TestCertificates(string directory)
    {
        Directory = directory;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=BFF test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        Ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        Server = Issue("CN=127.0.0.1", "1.3.6.1.5.5.7.3.1", withNames: true);
        Client = Issue("CN=bff-web", "1.3.6.1.5.5.7.3.2", withNames: false);
        File.WriteAllText(CaPemPath, Ca.ExportCertificatePem());
        File.WriteAllBytes(ServerPfxPath, Server.Export(X509ContentType.Pkcs12, Password));
        File.WriteAllBytes(ClientPfxPath, Client.Export(X509ContentType.Pkcs12, Password));
        File.WriteAllText(ClientPemPath, Client.ExportCertificatePem());
        File.WriteAllText(ClientKeyPemPath, Client.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The folder the files are in.</summary>
    public string Directory { get; }

    /// <summary>The CA (with its key).</summary>
    public X509Certificate2 Ca { get; }

    /// <summary>TLS server certificate for 127.0.0.1 and localhost, issued by <see cref="Ca"/>.</summary>
    public X509Certificate2 Server { get; }

    /// <summary>TLS client certificate issued by <see cref="Ca"/>.</summary>
    public X509Certificate2 Client { get; }

    /// <summary>The CA certificate, PEM, no key.</summary>
    public string CaPemPath => Path.Combine(Directory, "ca.pem");

    /// <summary>The server certificate with its key, PKCS#12 with <see cref="Password"/>.</summary>
    public string ServerPfxPath => Path.Combine(Directory, "server.pfx");

    /// <summary>The client certificate with its key, PKCS#12 with <see cref="Password"/>.</summary>
    public string ClientPfxPath => Path.Combine(Directory, "client.pfx");

    /// <summary>The client certificate, PEM.</summary>
    public string ClientPemPath => Path.Combine(Directory, "client.pem");

    /// <summary>The client certificate's unencrypted PKCS#8 key, PEM.</summary>
    public string ClientKeyPemPath => Path.Combine(Directory, "client.key");

    /// <summary>Makes a CA and its certificates in a new temporary folder.</summary>
    public static TestCertificates Create() =>
        new(System.IO.Directory.CreateTempSubdirectory("bff-tls-").FullName);

    /// <summary>Whether <paramref name="certificate"/> chains to <see cref="Ca"/> alone (the test side's pin).</summary>
    public bool IsIssuedByCa(X509Certificate? certificate)
    {
        if (certificate is null)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(Ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }

    /// <summary>An HTTP client that trusts the BFF's certificate only when it chains to <see cref="Ca"/> and names the host.</summary>
    public HttpClient TrustingClient() => new(new SocketsHttpHandler
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) == SslPolicyErrors.None && IsIssuedByCa(certificate),
        },
    });

    /// <inheritdoc />
    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
        Client.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }

    private X509Certificate2 Issue(string subject, string usage, bool withNames)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], false));
        if (withNames)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(Ca, Ca.NotBefore, Ca.NotAfter, serial);
        // With its key, exported and re-imported so the key is usable by SslStream on every platform.
        using var withKey = issued.CopyWithPrivateKey(key);
        return X509CertificateLoader.LoadPkcs12(withKey.Export(X509ContentType.Pkcs12, Password), Password, X509KeyStorageFlags.Exportable);
    }
}
