using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Bff.Backends.Registration;

/// <summary>Loads the configured certificates of one backend and applies them to its primary handler.</summary>
internal static class BackendCertificates
{
    /// <summary>The client certificate, or null when none is configured; throws with the full key when it cannot be used.</summary>
    public static X509Certificate2? LoadClientCertificate(BackendCertificateOptions? options, string section)
    {
        if (string.IsNullOrWhiteSpace(options?.Path))
        {
            return string.IsNullOrWhiteSpace(options?.KeyPath) ? null
                : throw new InvalidOperationException($"{section}:ClientCertificate:KeyPath is set but {section}:ClientCertificate:Path is not.");
        }

        var key = $"{section}:ClientCertificate:Path";
        RequireFile(options.Path, key);
        X509Certificate2 certificate;
        try
        {
            if (string.IsNullOrWhiteSpace(options.KeyPath))
            {
                certificate = X509CertificateLoader.LoadPkcs12FromFile(options.Path, options.Password);
            }
            else
            {
                RequireFile(options.KeyPath, $"{section}:ClientCertificate:KeyPath");
                certificate = string.IsNullOrEmpty(options.Password)
                    ? X509Certificate2.CreateFromPemFile(options.Path, options.KeyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(options.Path, options.Password, options.KeyPath);
            }
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            // The message only: it names the problem (bad password, not a certificate), never the password.
            throw new InvalidOperationException($"{key}: '{options.Path}' could not be loaded: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{key}: '{options.Path}' has no private key, so it cannot be a client certificate.");
        }

        return certificate;
    }

    /// <summary>The private CA the backend's certificate must chain to, or null when none is configured.</summary>
    public static X509Certificate2? LoadServerCa(BackendServerCertificateOptions? options, string section)
    {
        if (string.IsNullOrWhiteSpace(options?.CaPath))
        {
            return null;
        }

        var key = $"{section}:ServerCertificate:CaPath";
        RequireFile(options.CaPath, key);
        try
        {
            // PEM or DER; LoadCertificateFromFile reads both.
            return X509CertificateLoader.LoadCertificateFromFile(options.CaPath);
        }
        catch (System.Security.Cryptography.CryptographicException ex)
        {
            throw new InvalidOperationException($"{key}: '{options.CaPath}' is not a certificate: {ex.Message}", ex);
        }
    }

    /// <summary>Puts the client certificate and the CA pin on the backend's primary handler, when configured.</summary>
    public static void Apply(HttpMessageHandler handler, BackendClientOptions options, string section)
    {
        var client = LoadClientCertificate(options.ClientCertificate, section);
        var ca = LoadServerCa(options.ServerCertificate, section);
        if (client is null && ca is null)
        {
            return;
        }

        switch (handler)
        {
            case SocketsHttpHandler sockets:
                if (client is not null)
                {
                    sockets.SslOptions.ClientCertificates = [client];
                }

                if (ca is not null)
                {
                    sockets.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, errors) => ChainsTo(certificate, errors, ca);
                }

                break;
            case HttpClientHandler http:
                if (client is not null)
                {
                    http.ClientCertificateOptions = ClientCertificateOption.Manual;
                    http.ClientCertificates.Add(client);
                }

                if (ca is not null)
                {
                    http.ServerCertificateCustomValidationCallback = (_, certificate, _, errors) => ChainsTo(certificate, errors, ca);
                }

                break;
            default:
                throw new InvalidOperationException($"{section}: certificates cannot be set on a {handler.GetType().Name}.");
        }
    }

    // A name mismatch or a missing certificate always fails; a chain error (an untrusted private root) passes only when
    // the chain built against the configured CA alone succeeds.
    private static bool ChainsTo(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2 ca)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        // A private CA seldom publishes revocation lists; pinning it is the control here.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return chain.Build(leaf);
    }

    private static void RequireFile(string path, string key)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{key}: file '{path}' does not exist.");
        }
    }
}
