using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Bff.Domains.Common;

/// <summary>
/// Authentication at connect for GraphQL WebSockets: browsers cannot set headers on a WebSocket, so clients send
/// <c>{"Authorization": "Bearer …"}</c> (or <c>authorization</c>) in <c>connection_init</c>. The token is checked by the
/// BFF's own default authentication scheme (the JwtBearer handler and options HTTP requests use), so both paths accept
/// exactly the same tokens. A bad token closes the socket with 4403; no token connects anonymously, and fields that
/// need a user then answer <c>UNAUTHENTICATED</c>, as over HTTP.
/// </summary>
public sealed class BearerTokenConnectHandler(IServiceScopeFactory scopes) : IWebSocketConnectHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> OnConnectAsync(WebSocketConnectContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var authorization = context.PayloadString("Authorization") ?? context.PayloadString("authorization");
        if (authorization is null)
        {
            return true;
        }

        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length > 8192)
        {
            return false;
        }

        // A request of its own: the upgrade request already ran the handler (without a token), and a handler
        // answers the same result however often it is asked within one request.
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers[HeaderNames.Authorization] = authorization;
        var result = await probe.AuthenticateAsync().ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return false;
        }

        context.HttpContext.User = result.Principal;

        // User-scoped backends get the caller's token from the request's Authorization header.
        context.HttpContext.Request.Headers[HeaderNames.Authorization] = authorization;
        return true;
    }
}
