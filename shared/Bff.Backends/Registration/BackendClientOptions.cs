namespace Bff.Backends.Registration;

/// <summary>
/// What every backend client is configured with. Each backend has its own sealed subclass bound from
/// <c>Backends:{Backend}</c>; resilience settings live beside them under <c>Resilience:Backends:{name}</c>.
/// </summary>
public abstract class BackendClientOptions
{
    /// <summary>Absolute http(s) URL of the backend, e.g. <c>http://127.0.0.1:5203/</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Outer bound for one call including every retry. The resilience pipeline's own timeouts are shorter, so
    /// normally they fire first and this only catches a pipeline misconfiguration.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The client certificate for a backend that requires mutual TLS (<c>ClientCertificate</c>); unset: none.</summary>
    public BackendCertificateOptions ClientCertificate { get; set; } = new();

    /// <summary>A private CA the backend's https certificate must chain to (<c>ServerCertificate</c>); unset: the machine's roots.</summary>
    public BackendServerCertificateOptions ServerCertificate { get; set; } = new();
}
