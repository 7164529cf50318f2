using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;

namespace Bff.ServiceDefaults.Auth;

/// <summary>
/// Anonymous requests are allowed (GraphQL fields decide what needs a user), but a request that sends a token which
/// fails validation is answered 401 rather than served as anonymous: the client should refresh its token, not
/// silently lose its user's data.
/// </summary>
internal sealed class InvalidTokenMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The handler caches its result per request, so this does not validate the token twice.
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            return;
        }

        await next(context);
    }
}
