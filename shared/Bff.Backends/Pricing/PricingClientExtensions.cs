using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Pricing;

/// <summary>Registers <see cref="IPricingClient"/>.</summary>
public static class PricingClientExtensions
{
    /// <summary>
    /// Adds <see cref="IPricingClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Pricing</c> (validated at
    /// start-up), correlation id propagation and the backend resilience pipeline
    /// (<c>Resilience:Backends:pricing</c>).
    /// </summary>
    public static IHttpClientBuilder AddPricingClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IPricingClient, PricingClientOptions>(
            new(PricingClientOptions.BackendName, PricingClientOptions.SectionName, UserScoped: false),
            PricingJsonContext.Default, configuration, configureResilience);
}
