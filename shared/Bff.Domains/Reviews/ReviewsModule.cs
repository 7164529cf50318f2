using Bff.Backends.Catalog;
using Bff.Backends.Reviews;
using Bff.Domains.Common;
using Bff.Domains.Reviews;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>
/// The reviews module: <c>Product.rating</c>, <c>Product.reviews</c> and <c>Product.reviewConnection</c>
/// (<c>reviews.graphql</c>). Needs the catalog module.
/// </summary>
public static class ReviewsModule
{
    internal const string Backend = ReviewsClientOptions.BackendName;
    internal const string RatingPolicy = "rating";
    internal const string ReviewsPolicy = "reviews";

    /// <summary>Adds <c>Product.rating</c>, <c>Product.reviews</c> and <c>Product.reviewConnection</c>; needs <see cref="IReviewsClient"/> and <c>BffCache</c>.</summary>
    public static GraphQLServerBuilder AddReviewsModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        DomainPolicies.AddDefaults(builder.Services,
            (RatingPolicy, TimeSpan.FromMinutes(2), TimeSpan.FromHours(1)),
            (ReviewsPolicy, TimeSpan.FromMinutes(2), TimeSpan.FromHours(1)));
        return builder.AddModuleSdl("reviews.graphql")
            .AddDataLoader<RatingByProductIdDataLoader>()
            .AddDataLoader<LatestReviewsByProductIdDataLoader>()
            .BindRuntimeType<RatingSummary>("RatingSummary")
            .BindRuntimeType<RatingCounts>("RatingCounts")
            .BindRuntimeType<ReviewList>("ReviewList")
            .BindRuntimeType<Review>("Review")
            .BindRuntimeType<Connection<Review>>("ReviewConnection")
            .BindRuntimeType<Edge<Review>>("ReviewEdge")
            .AddResolver("Product", "rating", ctx => ctx.Loader<RatingByProductIdDataLoader>().LoadValueAsync(ctx, ctx.ParentAs<Product>().Id))
            .AddResolver("Product", "reviews", ctx => ReviewsAsync(
                ctx.ParentAs<Product>(), ctx.Count("first", LatestReviewsByProductIdDataLoader.MaxPerProduct), ctx.Loader<LatestReviewsByProductIdDataLoader>(), ctx))
            .AddResolver("Product", "reviewConnection", ctx => ReviewConnectionResolver.ConnectionAsync(
                ctx.ParentAs<Product>(), ctx.Loader<IReviewsClient>(), ctx));
    }

    private static async Task<ReviewList?> ReviewsAsync(
        Product product, int first, LatestReviewsByProductIdDataLoader reviews, IResolverContext context) =>
        await reviews.LoadValueAsync(context, product.Id).ConfigureAwait(false) is { } latest
            ? new ReviewList(latest.TotalCount, [.. latest.Latest.Take(first)])
            : null;
}
