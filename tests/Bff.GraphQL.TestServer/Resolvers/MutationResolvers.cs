using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;
using Bff.GraphQL.TestServer.Catalog;

namespace Bff.GraphQL.TestServer.Resolvers;

/// <summary>The mutations; they change the catalog of this server instance.</summary>
internal static class MutationResolvers
{
    public static void Register(GraphQLServerBuilder builder) => builder
        .AddResolver("Mutation", "addReview", AddReview)
        .AddResolver("Mutation", "setProductStatus", ctx =>
            ctx.Catalog().SetStatus(ctx.ArgumentValue<string>("id")!, ctx.ArgumentValue<ProductStatus>("status")));

    private static object? AddReview(IResolverContext ctx)
    {
        var input = ctx.ArgumentValue<IReadOnlyDictionary<string, object?>>("input")!;
        var catalog = ctx.Catalog();
        var productId = (string)input["productId"]!;
        var rating = (int)input["rating"]!;
        if (rating is < 1 or > 5)
        {
            throw new GraphQLException("Rating must be between 1 and 5.");
        }

        if (catalog.Product(productId) is null)
        {
            throw new GraphQLException($"Product \"{productId}\" not found.");
        }

        return catalog.AddReview(productId, (string)input["authorId"]!, rating, input.GetValueOrDefault("body") as string);
    }
}
