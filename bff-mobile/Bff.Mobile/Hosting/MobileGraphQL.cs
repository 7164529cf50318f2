using Bff.Domains;
using Bff.Domains.Common;
using Bff.GraphQL.Server;
using Bff.Mobile.Shaping;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.MicrosoftHybridCache;

namespace Bff.Mobile.Hosting;

/// <summary>The GraphQL server of the app: the domain modules it needs, its shaping, its operations, HTTP caching.</summary>
internal static class MobileGraphQL
{
    public static WebApplicationBuilder AddMobileGraphQL(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddGraphQLServer()
            .AddCatalogModule()
            .AddPricingModule()
            .AddInventoryModule()
            .AddReviewsModule()
            .AddRecommendationsModule()
            .AddCartModule()
            .AddOrdersModule()
            .AddNotificationsModule()
            // Live order tracking (over SSE or WebSocket); WebSocket tokens are checked at connect.
            .AddOrderStatusSubscription()
            .AddWebSocketConnectHandler<BearerTokenConnectHandler>()
            .AddSubscriptionLimits()
            .AddMobileShaping()
            .AddAppOperations(builder, onlyAllowPersisted: !development)
            // The product screen defers its reviews and similar items: the app draws product, price and stock first.
            .ModifyOptions(o => o.EnableDefer = true)
            .ModifyServerOptions(o =>
            {
                // GET queries get Cache-Control from the @cacheControl hints, an ETag, and 304 on If-None-Match.
                o.EnableHttpCaching = true;
                // The screens are shallow; a deep or wide document is not one of the app's.
                o.Validation = o.Validation with { MaxDepth = 10, MaxCost = 3_000 };
            });
        return builder;
    }

    // Production runs only the app's registered operations (an allow-list by id); Development also runs any query
    // and lets clients register theirs with APQ.
    private static GraphQLServerBuilder AddAppOperations(
        this GraphQLServerBuilder graphql, WebApplicationBuilder builder, bool onlyAllowPersisted)
    {
        var options = builder.Configuration.GetSection(PersistedOperationsOptions.SectionName).Get<PersistedOperationsOptions>()
            ?? new PersistedOperationsOptions();
        graphql.UsePersistedOperationDocuments(Path.Combine(AppContext.BaseDirectory, options.Directory), onlyAllowPersisted);
        if (!string.IsNullOrWhiteSpace(options.Manifest))
        {
            graphql.UsePersistedOperationManifest(
                Path.Combine(builder.Environment.ContentRootPath, options.Manifest), onlyAllowPersisted);
        }

        if (onlyAllowPersisted)
        {
            return graphql;
        }

        // With Redis the registrations are shared, so a hash registered through one instance runs on every other
        // behind the same address; without it they stay in this process (bounded in memory).
        if (string.IsNullOrWhiteSpace(builder.Configuration["Redis:Configuration"]))
        {
            return graphql.UseAutomaticPersistedQueries();
        }

        builder.Services.TryAddSingleton<HybridCache>(sp => new FusionHybridCache(sp.GetRequiredService<IFusionCache>()));
        return graphql.UseSharedAutomaticPersistedQueries();
    }
}
