using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Backends.Users;

namespace Bff.Backends.Tests.Support;

/// <summary>Every client registered the way a BFF does it, pointed at the running demo backends.</summary>
public static class RealClients
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];

    public static ClientHost Create(DemoBackendsProcess demo)
    {
        var settings = Services.ToDictionary(s => $"Backends:{s}:BaseUrl", s => (string?)demo.UrlOf(s).ToString());
        return ClientHost.Create(settings, (services, configuration) =>
        {
            services.AddCatalogClient(configuration);
            services.AddInventoryClient(configuration);
            services.AddPricingClient(configuration);
            services.AddReviewsClient(configuration);
            services.AddUsersClient(configuration);
            services.AddOrdersClient(configuration);
            services.AddCartClient(configuration);
            services.AddRecommendationsClient(configuration);
            services.AddNotificationsClient(configuration);
        });
    }

    /// <summary>
    /// The BFF is serving a request carrying <paramref name="token"/>. Synchronous on purpose: the accessor's
    /// AsyncLocal set inside an awaited method would not flow back to the test.
    /// </summary>
    public static void SignIn(this ClientHost host, string token) => host.IncomingRequest(("Authorization", "Bearer " + token));
}
