using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Catalog;

/// <summary>Registers <see cref="ICatalogClient"/>.</summary>
public static class CatalogClientExtensions
{
    /// <summary>
    /// Adds <see cref="ICatalogClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Catalog</c> (validated at
    /// start-up), correlation id propagation and the backend resilience pipeline
    /// (<c>Resilience:Backends:catalog</c>).
    /// </summary>
    public static IHttpClientBuilder AddCatalogClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<ICatalogClient, CatalogClientOptions>(
            new(CatalogClientOptions.BackendName, CatalogClientOptions.SectionName, UserScoped: false),
            CatalogJsonContext.Default, configuration, configureResilience);
}
