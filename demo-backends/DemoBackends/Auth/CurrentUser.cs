using System.Security.Claims;

namespace DemoBackends.Auth;

internal static class CurrentUser
{
    /// <summary>The calling user's id; endpoints using it require authorization, so it is always present.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue("sub") ?? throw new InvalidOperationException("Authenticated principal without a 'sub' claim.");
}
