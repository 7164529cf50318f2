using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Inventory;

/// <summary>Registers <see cref="IInventoryClient"/>.</summary>
public static class InventoryClientExtensions
{
    /// <summary>
    /// Adds <see cref="IInventoryClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Inventory</c> (validated at
    /// start-up), correlation id propagation and the backend resilience pipeline
    /// (<c>Resilience:Backends:inventory</c>).
    /// </summary>
    public static IHttpClientBuilder AddInventoryClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IInventoryClient, InventoryClientOptions>(
            new(InventoryClientOptions.BackendName, InventoryClientOptions.SectionName, UserScoped: false),
            InventoryJsonContext.Default, configuration, configureResilience);
}
