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
using Bff.Caching.Redis;
using Bff.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Tests.Support;

/// <summary>What a BFF's Program.cs registers to serve the modules, plus the tests' two call counters.</summary>
internal static class BffComposition
{
    public static void Register(WebApplicationBuilder builder, BackendCallLog calls, BackendCallLog sent)
    {
        builder.Services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => calls.CreateHandler()));
        builder.AddBffAuthentication();
        builder.Services.AddRedisConnection();
        builder.Services.AddBffCaching().AddDomainJsonContexts();
        builder.Services.AddCatalogClient();
        builder.Services.AddInventoryClient();
        builder.Services.AddPricingClient();
        builder.Services.AddReviewsClient();
        builder.Services.AddUsersClient();
        builder.Services.AddOrdersClient();
        builder.Services.AddCartClient();
        builder.Services.AddRecommendationsClient();
        builder.Services.AddNotificationsClient();
        foreach (var backend in DomainsHost.Backends)
        {
            // Added after the client's own handlers, so inside the resilience handler: what goes on the wire.
            builder.Services.AddHttpClient(backend.ToLowerInvariant()).AddHttpMessageHandler(() => sent.CreateHandler());
        }

        builder.Services.AddGraphQLServer().AddAllDomainModules();
    }
}
