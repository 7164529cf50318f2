using DemoBackends.Cart;
using DemoBackends.Catalog;
using DemoBackends.Events;
using DemoBackends.Inventory;
using DemoBackends.Notifications;
using DemoBackends.Orders;
using DemoBackends.Pricing;
using DemoBackends.Recommendations;
using DemoBackends.Reviews;
using DemoBackends.Users;

namespace DemoBackends.Hosting;

/// <summary>The table of services; ports are the documented defaults, overridable per service.</summary>
internal static class DemoServices
{
    public static IReadOnlyList<DemoService> All { get; } =
    [
        new("Catalog", 5201, UserScoped: false, (_, _) => { }, app => app.MapCatalogApi(), d => _ = d.Catalog),
        new("Inventory", 5202, UserScoped: false, (_, _) => { }, app => app.MapInventoryApi(), d => _ = d.Stock),
        new("Pricing", 5203, UserScoped: false, (_, _) => { }, app => app.MapPricingApi(), d => _ = d.Prices),
        new("Reviews", 5204, UserScoped: false, (_, _) => { }, app => app.MapReviewsApi(), d => _ = d.Reviews),
        new("Users", 5205, UserScoped: true, (_, _) => { }, app => app.MapUsersApi(), d => _ = d.Users),
        new("Orders", 5206, UserScoped: true, (s, c) => s.AddSingleton<OrderStore>().AddDemoEvents(c), app => app.MapOrdersApi().MapOrdersAdminApi(), d => _ = d.Orders),
        new("Cart", 5207, UserScoped: true, (s, _) => s.AddSingleton<CartStore>(), app => app.MapCartApi(), d => _ = d.Catalog),
        new("Recommendations", 5208, UserScoped: true, (s, _) => s.AddSingleton<RecommendationEngine>(), app => app.MapRecommendationsApi(), d => _ = (d.Catalog, d.Orders)),
        new("Notifications", 5209, UserScoped: true, (s, c) => s.AddSingleton<ReadMarks>().AddSingleton<NotificationInbox>().AddHostedService<OrderEventsListener>().AddDemoEvents(c), app => app.MapNotificationsApi().MapNotificationsAdminApi(), d => _ = d.Notifications),
    ];

    public static DemoService Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException(
            $"Unknown service '{name}'. Known services: {string.Join(", ", All.Select(s => s.Name.ToLowerInvariant()))}.",
            nameof(name));
}
