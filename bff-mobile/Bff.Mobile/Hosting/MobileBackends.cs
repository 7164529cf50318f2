using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Caching;
using Bff.Domains;

namespace Bff.Mobile.Hosting;

/// <summary>The typed clients of the backends the app's screens read (Backends:{Backend}), and the cache.</summary>
internal static class MobileBackends
{
    public static IServiceCollection AddMobileBackends(this IServiceCollection services)
    {
        services.AddCatalogClient();
        services.AddPricingClient();
        services.AddInventoryClient();
        services.AddReviewsClient();
        services.AddRecommendationsClient();
        services.AddCartClient();
        services.AddOrdersClient();
        services.AddNotificationsClient();
        // L1 memory, L2 Redis over the connection AddServiceDefaults registered (Redis:Configuration).
        services.AddBffCaching().AddDomainJsonContexts();
        return services;
    }
}
