using Bff.Backends.Cart;
using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Notifications;
using Bff.Backends.Orders;
using Bff.Backends.Pricing;
using Bff.Backends.Recommendations;
using Bff.Backends.Reviews;
using Bff.Backends.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Tests.Support;

/// <summary>Every client registered the way a BFF does it, each sending to <paramref name="handler"/> instead of a socket.</summary>
public static class RecordedClients
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];

    public static ClientHost Create(RecordingHandler handler)
    {
        var settings = Services.ToDictionary(s => $"Backends:{s}:BaseUrl", s => (string?)$"http://{s.ToLowerInvariant()}.test/");
        return ClientHost.Create(settings, (services, configuration) =>
        {
            services.AddCatalogClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddInventoryClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddPricingClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddReviewsClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddUsersClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddOrdersClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddCartClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddRecommendationsClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
            services.AddNotificationsClient(configuration).ConfigurePrimaryHttpMessageHandler(() => handler);
        });
    }
}
