using Bff.Backends.Registration;

namespace Bff.Backends.Catalog;

/// <summary>Settings of the catalog client, bound from <c>Backends:Catalog</c>.</summary>
public sealed class CatalogClientOptions : BackendClientOptions
{
    /// <summary>The backend's name in errors, metrics and <c>Resilience:Backends:{name}</c>.</summary>
    public const string BackendName = "catalog";

    /// <summary>The configuration section, e.g. <c>Backends:Catalog:BaseUrl</c>.</summary>
    public const string SectionName = "Backends:Catalog";
}
