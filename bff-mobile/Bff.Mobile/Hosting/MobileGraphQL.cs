using Bff.Domains;
using Bff.GraphQL.Server;
using Bff.Mobile.Shaping;

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
            .AddMobileShaping()
            .AddAppOperations(builder, onlyAllowPersisted: !development)
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

        return onlyAllowPersisted ? graphql : graphql.UseAutomaticPersistedQueries();
    }
}
