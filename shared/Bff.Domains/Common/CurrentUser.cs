using Bff.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Common;

/// <summary>
/// The signed-in user of the request: the <c>sub</c> claim of the bearer token the BFF validated (claims keep their
/// JWT names, see Bff.ServiceDefaults). User fields ask for it first, so an anonymous request fails on those fields
/// only, before any cache read (private entries are keyed by this id) or backend call.
/// </summary>
internal static class CurrentUser
{
    private const string SubjectClaim = "sub";

    public static string Require(IResolverContext context)
    {
        var user = context.Services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
        var id = user?.Identity?.IsAuthenticated == true ? user.FindFirst(SubjectClaim)?.Value : null;
        return string.IsNullOrEmpty(id)
            ? throw new GraphQLException("Sign in to see this field.", DomainErrorCodes.Unauthenticated)
            : id;
    }
}
