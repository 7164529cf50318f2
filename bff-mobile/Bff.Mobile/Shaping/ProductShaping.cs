using Bff.Backends.Catalog;
using Bff.Backends.Inventory;
using Bff.Backends.Reviews;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Mobile.Shaping;

/// <summary>The compact product of the app's screens: one image URL, a summary, a flag, three reviews.</summary>
internal static class ProductShaping
{
    private const int TopReviewCount = 3;

    public static GraphQLServerBuilder AddProductShaping(this GraphQLServerBuilder builder) => builder
        .AddResolver("Product", "imageUrl", ctx => ImageUrls.Pick(
            ctx.ParentAs<Product>(),
            MobileArguments.Int(ctx, "width", 1, ImageUrls.MaxWidth),
            MobileArguments.Float(ctx, "density", 1, ImageUrls.MaxDensity)))
        .AddResolver("Product", "summary", ctx => Summaries.Cut(
            ctx.ParentAs<Product>().Description, MobileArguments.Int(ctx, "maxLength", Summaries.MinLength, Summaries.MaxLength)))
        .AddResolver("Product", "available", ctx => AvailableAsync(ctx))
        .AddResolver("Product", "topReviews", ctx => TopReviewsAsync(ctx));

    // Inventory's Product.stock, read for its one flag: same batch, cache and errors as the domain field.
    private static async Task<bool?> AvailableAsync(IResolverContext context) =>
        (await context.ResolveFieldAsync<StockLevel>("Product", "stock", context.Parent).ConfigureAwait(false))?.InStock;

    // Reviews' Product.reviews(first: 3), then its items through the schema (the list type is the module's own).
    private static async Task<IReadOnlyList<Review>?> TopReviewsAsync(IResolverContext context)
    {
        var first = new Dictionary<string, object?> { ["first"] = TopReviewCount };
        var list = await context.ResolveFieldAsync("Product", "reviews", context.Parent, first).ConfigureAwait(false);
        return list is null ? null : await context.ResolveFieldAsync<IReadOnlyList<Review>>("ReviewList", "items", list).ConfigureAwait(false);
    }
}
