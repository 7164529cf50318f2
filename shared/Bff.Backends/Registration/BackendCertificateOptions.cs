namespace Bff.Backends.Registration;

/// <summary>
/// The client certificate a BFF shows a backend that requires mutual TLS, bound from
/// <c>Backends:{Backend}:ClientCertificate</c>. Either a PKCS#12 file (<see cref="Path"/>, optional <see cref="Password"/>)
/// or a PEM certificate with its PEM key (<see cref="Path"/> and <see cref="KeyPath"/>, <see cref="Password"/> when the
/// key is encrypted). Unset: no client certificate.
/// </summary>
public sealed class BackendCertificateOptions
{
    /// <summary>The .pfx/.p12 file, or the PEM certificate when <see cref="KeyPath"/> is set.</summary>
    public string? Path { get; set; }

    /// <summary>The PEM private key of a PEM certificate.</summary>
    public string? KeyPath { get; set; }

    /// <summary>The PKCS#12 file's password, or the encrypted PEM key's.</summary>
    public string? Password { get; set; }
}
