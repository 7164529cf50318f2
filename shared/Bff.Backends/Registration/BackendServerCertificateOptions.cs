namespace Bff.Backends.Registration;

/// <summary>
/// How a BFF trusts an https backend's certificate, bound from <c>Backends:{Backend}:ServerCertificate</c>. Unset: the
/// machine's trusted roots, as for any https call.
/// </summary>
public sealed class BackendServerCertificateOptions
{
    /// <summary>
    /// A PEM or DER file with the private CA that issued the backend's certificate. Set, the backend's chain must end at
    /// this CA and no other (the machine's roots are not consulted), and the host name must still match.
    /// </summary>
    public string? CaPath { get; set; }
}
