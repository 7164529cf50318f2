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
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>Every domain module at once, and the cache serializers of what they cache.</summary>
public static class DomainModules
{
    /// <summary>
    /// Adds the nine modules (catalog first: the others extend its <c>Product</c>). The BFF registers the typed clients
    /// (<c>Add{Backend}Client()</c>) and the cache (<c>AddRedisConnection()</c>, <c>AddBffCaching()</c>) itself.
    /// </summary>
    public static GraphQLServerBuilder AddAllDomainModules(this GraphQLServerBuilder builder) => builder
        .AddCatalogModule()
        .AddPricingModule()
        .AddInventoryModule()
        .AddReviewsModule()
        .AddRecommendationsModule()
        .AddUsersModule()
        .AddCartModule()
        .AddOrdersModule()
        .AddNotificationsModule();

    /// <summary>Serializes every backend type the modules cache with its source-generated JSON metadata.</summary>
    public static BffCachingBuilder AddDomainJsonContexts(this BffCachingBuilder caching)
    {
        ArgumentNullException.ThrowIfNull(caching);
        return caching
            .AddJsonContext(CatalogJsonContext.Default)
            .AddJsonContext(PricingJsonContext.Default)
            .AddJsonContext(InventoryJsonContext.Default)
            .AddJsonContext(ReviewsJsonContext.Default)
            .AddJsonContext(RecommendationsJsonContext.Default)
            .AddJsonContext(UsersJsonContext.Default)
            .AddJsonContext(CartJsonContext.Default)
            .AddJsonContext(OrdersJsonContext.Default)
            .AddJsonContext(NotificationsJsonContext.Default);
    }
}
