using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Bff.GraphQL.Types;

namespace Bff.Web.Pages;

/// <summary>
/// <c>Query.productPage</c>: a page object over the product. Its parts are the domain modules' own fields, run with
/// the page's context (same arguments, the product as parent), so that the id checks, DataLoaders, cache policies
/// and error mapping of the modules apply unchanged and the page batches with everything else in the request.
/// </summary>
internal static class ProductPage
{
    private const string Type = "ProductPage";
    private static readonly string[] ProductParts = ["price", "stock", "rating", "reviews", "reviewConnection", "recommendations"];

    public static GraphQLServerBuilder AddProductPage(this GraphQLServerBuilder builder)
    {
        // The runtime value of a ProductPage is the catalog's Product itself: the page adds no state of its own.
        builder.AddResolver("Query", "productPage", ctx => Delegate(ctx, ctx.Schema.QueryType, "product"))
            .AddResolver(Type, "product", ctx => ctx.Parent);
        foreach (var part in ProductParts)
        {
            builder.AddResolver(Type, part, ctx => Delegate(ctx, (ObjectType)ctx.Schema.Types["Product"], part));
        }

        return builder;
    }

    private static ValueTask<object?> Delegate(IResolverContext context, ObjectType owner, string field) =>
        owner.Fields[field].Resolver is { } resolver
            ? resolver(context)
            : throw new InvalidOperationException($"{owner.Name}.{field} has no resolver to run for {context.ObjectType.Name}.{context.Field.Name}.");
}
