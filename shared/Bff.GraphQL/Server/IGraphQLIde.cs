using Microsoft.AspNetCore.Http;

namespace Bff.GraphQL.Server;

/// <summary>A GraphQL IDE served on the endpoint's GET to browsers (e.g. Banana Cake Pop).</summary>
public interface IGraphQLIde
{
    /// <summary>Serves the IDE's page or one of its files for this request; false when the request is not for it.</summary>
    Task<bool> TryServeAsync(HttpContext context);
}
