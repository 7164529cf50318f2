using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Cart;

/// <summary>Registers <see cref="ICartClient"/>.</summary>
public static class CartClientExtensions
{
    /// <summary>
    /// Adds <see cref="ICartClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Cart</c> (validated at
    /// start-up), correlation id and the caller's <c>Authorization</c> header, and the backend resilience
    /// pipeline (<c>Resilience:Backends:cart</c>).
    /// </summary>
    public static IHttpClientBuilder AddCartClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<ICartClient, CartClientOptions>(
            new(CartClientOptions.BackendName, CartClientOptions.SectionName, UserScoped: true),
            CartJsonContext.Default, configuration, configureResilience);
}
