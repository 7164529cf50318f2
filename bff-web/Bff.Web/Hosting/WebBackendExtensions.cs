using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Backends.Users;
using Bff.Caching;
using Bff.Domains;

namespace Bff.Web.Hosting;

/// <summary>The backend clients and the cache the web BFF's modules read through.</summary>
internal static class WebBackendExtensions
{
    /// <summary>
    /// All nine typed clients: the product page alone touches catalog, pricing, inventory, reviews and
    /// recommendations, and the account and checkout pages the five user-scoped ones.
    /// </summary>
    public static IServiceCollection AddWebBackendClients(this IServiceCollection services)
    {
        services.AddCatalogClient();
        services.AddPricingClient();
        services.AddInventoryClient();
        services.AddReviewsClient();
        services.AddRecommendationsClient();
        services.AddUsersClient();
        services.AddCartClient();
        services.AddOrdersClient();
        services.AddNotificationsClient();
        return services;
    }

    /// <summary>
    /// FusionCache with the modules' types, over the Redis connection <c>AddServiceDefaults()</c> registered when
    /// <c>Redis:Configuration</c> is set (memory only without it).
    /// </summary>
    public static IServiceCollection AddWebCache(this IServiceCollection services)
    {
        services.AddBffCaching().AddDomainJsonContexts();
        return services;
    }
}
