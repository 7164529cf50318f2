using Bff.GraphQL.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint (Hot Chocolate's familiar entry point).</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>The route value holding the path of an IDE file below the endpoint (<c>/graphql/{asset}</c>).</summary>
    public const string AssetRouteValue = "asset";

    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="path"/>: POST and GET requests, <c>GET ?sdl</c>, and the IDE (with its
    /// files below the path) when one is registered.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(path);
        group.MapMethods("/", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], GraphQLHttpHandler.HandleAsync);
        group.MapMethods("/{**" + AssetRouteValue + "}", [HttpMethods.Get, HttpMethods.Head], GraphQLHttpHandler.HandleAssetAsync);
        return group;
    }
}
