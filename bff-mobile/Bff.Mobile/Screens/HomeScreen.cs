using Bff.Backends.Catalog;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Bff.Mobile.Shaping;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Mobile.Screens;

/// <summary>
/// <c>Query.home</c>: the featured row (the catalog's <c>Query.product</c> per configured id, one batch), and the
/// signed-in user's recommendations and unread count (<c>recommendedForMe</c>, <c>unreadNotificationCount</c>), each
/// failing on its own field.
/// </summary>
internal static class HomeScreen
{
    private const int MaxRecommended = 10;
    private static readonly object Screen = new();

    public static GraphQLServerBuilder AddHomeScreen(this GraphQLServerBuilder builder)
    {
        builder.Services.AddOptions<HomeScreenOptions>().BindConfiguration(HomeScreenOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        return builder
            .AddResolver("Query", "home", _ => Screen)
            .AddResolver("HomeScreen", "featured", ctx => FeaturedAsync(ctx))
            .AddResolver("HomeScreen", "recommendedForYou", ctx => ctx.ResolveFieldAsync(
                "Query", "recommendedForMe", null, Arguments("first", MobileArguments.Int(ctx, "first", 1, MaxRecommended))))
            .AddResolver("HomeScreen", "unreadNotifications", ctx => ctx.ResolveFieldAsync("Query", "unreadNotificationCount", null));
    }

    private static async Task<IReadOnlyList<Product>> FeaturedAsync(IResolverContext context)
    {
        var ids = context.Services.GetRequiredService<IOptions<HomeScreenOptions>>().Value.FeaturedProductIds;
        // Started together, so the catalog's DataLoader sends them in one batch.
        var loads = ids.Select(id => context.ResolveFieldAsync<Product>("Query", "product", null, Arguments("id", id)).AsTask());
        var products = await Task.WhenAll(loads).ConfigureAwait(false);
        return [.. products.OfType<Product>()];
    }

    private static Dictionary<string, object?> Arguments(string name, object value) => new() { [name] = value };
}
