using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.GraphQL.EndToEndTests.Clients;

/// <summary>
/// The schema the Apollo Client tests run against, and the one call that runs a scenario of
/// <c>tests/js/apollo-client.mjs</c> against an endpoint (to point them at a BFF, pass its endpoint).
/// </summary>
internal static class ApolloScenario
{
    public const string Sdl = """
        type Query {
          product(id: ID!): Product
          banner: String @cacheControl(maxAge: 60)
        }
        type Product { id: ID! name: String! price: Float }
        type Mutation { rename(id: ID!, name: String!): Product }
        """;

    /// <summary>
    /// Runs <paramref name="scenario"/> against <paramref name="endpoint"/> and parses what the script printed; fails if
    /// Apollo Client logged anything.
    /// </summary>
    public static Task<JsonElement> RunAsync(string scenario, Uri endpoint, params string[] arguments) =>
        ApolloClientScript.RunAsync(scenario, endpoint, arguments);

    /// <summary>The schema with resolvers: <c>price</c> always fails, so a query of it has a field error.</summary>
    public static GraphQLServerBuilder AddApolloTestSchema(this GraphQLServerBuilder server) => server
        .AddDocumentFromString(Sdl)
        .AddResolver("Query", "product", ctx => Product(ctx.ArgumentValue<string>("id"), "Product " + ctx.ArgumentValue<string>("id")))
        .AddResolver("Query", "banner", _ => "Sale")
        .AddResolver("Mutation", "rename", ctx => Product(ctx.ArgumentValue<string>("id"), ctx.ArgumentValue<string>("name")))
        .AddResolver("Product", "id", ctx => ((Dictionary<string, object?>)ctx.Parent!)["id"])
        .AddResolver("Product", "name", ctx => ((Dictionary<string, object?>)ctx.Parent!)["name"])
        .AddResolver("Product", "price", _ => throw new GraphQLException("The price service is unavailable."));

    /// <summary>The requests a host saw, one line each, for assertion messages.</summary>
    public static string Describe(this RecordingGraphQLHost host) => string.Join('\n', host.Requests);

    private static Dictionary<string, object?> Product(string? id, string? name) => new() { ["id"] = id, ["name"] = name };
}
