using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Orders;

/// <summary>Registers <see cref="IOrdersClient"/>.</summary>
public static class OrdersClientExtensions
{
    /// <summary>
    /// Adds <see cref="IOrdersClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Orders</c> (validated at
    /// start-up), correlation id and the caller's <c>Authorization</c> header, and the backend resilience
    /// pipeline (<c>Resilience:Backends:orders</c>).
    /// </summary>
    public static IHttpClientBuilder AddOrdersClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IOrdersClient, OrdersClientOptions>(
            new(OrdersClientOptions.BackendName, OrdersClientOptions.SectionName, UserScoped: true),
            OrdersJsonContext.Default, configuration, configureResilience);
}
