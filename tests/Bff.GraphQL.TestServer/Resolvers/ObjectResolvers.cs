using Bff.GraphQL.DataLoader;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.TestServer.Resolvers;

/// <summary>Fields of the object types that are not plain members of their records.</summary>
internal static class ObjectResolvers
{
    public static void Register(GraphQLServerBuilder builder) => builder
        .AddResolver("Product", "price", ctx => ctx.ParentAs<ProductRecord>() is var p ? new Money(p.PriceCents, p.Currency) : null)
        .AddResolver("Product", "category", CategoryAsync)
        .AddResolver("Product", "reviews", ProductReviews)
        .AddResolver("Product", "related", Related)
        .AddResolver("Category", "products", ctx => ctx.Catalog().Products.Where(p => p.CategoryId == ctx.ParentAs<CategoryRecord>().Id).ToList())
        .AddResolver("User", "reviews", ctx => ctx.Catalog().Reviews.Where(r => r.AuthorId == ctx.ParentAs<UserRecord>().Id).ToList())
        .AddResolver("Review", "author", ctx => ctx.Catalog().User(ctx.ParentAs<ReviewRecord>().AuthorId))
        .AddResolver("Review", "product", ctx => ctx.Catalog().Product(ctx.ParentAs<ReviewRecord>().ProductId))
        .AddResolver("Holder", "mustHave", MustHave);

    private static async Task<CategoryRecord?> CategoryAsync(IResolverContext ctx)
    {
        if (ctx.ParentAs<ProductRecord>().CategoryId is not { } id)
        {
            return null;
        }

        var catalog = ctx.Catalog();
        var probes = ctx.Probes();
        return await ctx.BatchLoader<string, CategoryRecord>("categoryById", (keys, _) =>
        {
            probes.RecordCategoryBatch(keys.Count);
            IReadOnlyDictionary<string, CategoryRecord> found = catalog.Categories.Where(c => keys.Contains(c.Id)).ToDictionary(c => c.Id);
            return Task.FromResult(found);
        }).LoadAsync(id, ctx.RequestAborted);
    }

    private static List<ReviewRecord> ProductReviews(IResolverContext ctx)
    {
        var id = ctx.ParentAs<ProductRecord>().Id;
        var minRating = ctx.ArgumentValue<int?>("minRating");
        var first = Math.Max(0, ctx.ArgumentValue<int>("first"));
        return ctx.Catalog().Reviews.Where(r => r.ProductId == id && (minRating is null || r.Rating >= minRating)).Take(first).ToList();
    }

    private static List<ProductRecord>? Related(IResolverContext ctx)
    {
        var ids = ctx.ParentAs<ProductRecord>().RelatedIds;
        var catalog = ctx.Catalog();
        return ids?.Select(catalog.Product).OfType<ProductRecord>().ToList();
    }

    private static object? MustHave(IResolverContext ctx) =>
        throw new GraphQLException($"mustHave is unavailable for {ctx.ParentAs<HolderRecord>().Id}.");
}
