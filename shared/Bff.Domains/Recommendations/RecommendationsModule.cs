using Bff.Backends.Catalog;
using Bff.Backends.Recommendations;
using Bff.Caching;
using Bff.Domains.Catalog;
using Bff.Domains.Common;
using Bff.Domains.Recommendations;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>
/// The recommendations module: <c>Product.recommendations</c> and <c>Query.recommendedForMe</c>
/// (<c>recommendations.graphql</c>). Needs the catalog module, whose loader resolves each recommended product.
/// </summary>
public static class RecommendationsModule
{
    internal const string Backend = RecommendationsClientOptions.BackendName;
    internal const string SimilarPolicy = "similar";
    internal const string ForUserPolicy = "recommendations-user";
    private const int MaxForMe = 50;

    /// <summary>Adds the recommendation fields; needs <see cref="IRecommendationsClient"/> and <c>BffCache</c>.</summary>
    public static GraphQLServerBuilder AddRecommendationsModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The backend recomputes hourly; a user's list is private and never served stale.
        DomainPolicies.AddDefaults(builder.Services,
            (SimilarPolicy, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)),
            (ForUserPolicy, TimeSpan.FromMinutes(5), TimeSpan.Zero));
        return builder.AddModuleSdl("recommendations.graphql")
            .AddDataLoader<SimilarByProductIdDataLoader>()
            .BindRuntimeType<Recommendation>("Recommendation")
            .AddResolver("Product", "recommendations", ctx => SimilarAsync(
                ctx.ParentAs<Product>(), ctx.Count("first", SimilarByProductIdDataLoader.MaxPerProduct), ctx.Loader<SimilarByProductIdDataLoader>(), ctx))
            .AddResolver("Query", "recommendedForMe", ctx => ForMeAsync(
                CurrentUser.Require(ctx), ctx.Count("first", MaxForMe), ctx.Loader<IRecommendationsClient>(), ctx))
            .AddResolver("Recommendation", "product", ctx => ctx.Loader<ProductByIdDataLoader>().LoadValueAsync(
                ctx, ctx.ParentAs<Recommendation>().ProductId));
    }

    private static async Task<IReadOnlyList<Recommendation>?> SimilarAsync(
        Product product, int first, SimilarByProductIdDataLoader similar, IResolverContext context)
    {
        if (ProductPrefetch.AsksForProduct(context))
        {
            similar.AlsoLoadProducts(first);
        }

        return await similar.LoadValueAsync(context, product.Id).ConfigureAwait(false) is { } found ? [.. found.Items.Take(first)] : null;
    }

    private static async Task<IReadOnlyList<Recommendation>> ForMeAsync(
        string userId, int first, IRecommendationsClient client, IResolverContext context)
    {
        var key = CacheKeys.ForUser(Backend, userId, $"me:{first}");
        var found = await CachedRead.GetAsync(context, Backend, key, ForUserPolicy, ct => client.GetForMeAsync(first, ct)).ConfigureAwait(false);
        return await ProductPrefetch.WithProductsAsync(context, found.Items, r => r.ProductId).ConfigureAwait(false);
    }
}
