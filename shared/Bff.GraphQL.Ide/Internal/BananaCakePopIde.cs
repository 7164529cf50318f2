using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Routing;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>
/// Banana Cake Pop on the GraphQL endpoint: its page on the endpoint itself, its files and its configuration below it.
/// </summary>
internal sealed class BananaCakePopIde(IdeFiles files, IdeFile config) : IGraphQLIde
{
    public const string ConfigPath = "bcp-config.json";

    // The catch-all parameter of MapGraphQL's "/{**asset}" route.
    private const string AssetRouteValue = Microsoft.AspNetCore.Builder.GraphQLEndpointRouteBuilderExtensions.AssetRouteValue;

    public async Task<bool> TryServeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.GetRouteValue(AssetRouteValue) as string;
        if (string.IsNullOrEmpty(path))
        {
            if (!context.Request.Path.HasValue || !context.Request.Path.Value.EndsWith('/'))
            {
                RedirectToTrailingSlash(context);
                return true;
            }

            path = "index.html";
        }

        var file = path == ConfigPath ? config : files.TryGet(path, out var found) ? found : null;
        if (file is null)
        {
            return false;
        }

        await IdeFileResponse.WriteAsync(context, file);
        return true;
    }

    /// <summary>
    /// The page names its files relatively (<c>static/js/...</c>), so they resolve below the endpoint only when the page's
    /// own address ends in a slash. A temporary redirect, unlike a permanent one, is not remembered by browsers should
    /// the IDE later be removed from the service.
    /// </summary>
    private static void RedirectToTrailingSlash(HttpContext context)
    {
        var request = context.Request;
        context.Response.Redirect(UriHelper.BuildRelative(request.PathBase, request.Path.Add("/"), request.QueryString));
    }
}
