using Bff.GraphQL.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>
/// GraphQL over WebSocket on the GraphQL endpoint: an upgrade request (GET with <c>Upgrade: websocket</c>) asking for
/// the <c>graphql-transport-ws</c> subprotocol. Connections over the limit are refused with 503 before the upgrade.
/// An application that did not add <c>UseWebSockets()</c> still gets the upgrade: the middleware runs for this request.
/// </summary>
internal static class GraphQLWebSocketHandler
{
    public const string SubProtocol = "graphql-transport-ws";

    public static bool IsUpgrade(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest
        || (HttpMethods.IsGet(context.Request.Method)
            && string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase));

    public static async Task HandleAsync(HttpContext context, GraphQLRequestExecutor executor)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SubscriptionLog.Category);
        if (!executor.Connections.TryAcquire())
        {
            SubscriptionLog.ConnectionRefused(logger, executor.Connections.Open, executor.Connections.Limit);
            context.Response.Headers.RetryAfter = "1";
            throw new GraphQLHttpException(StatusCodes.Status503ServiceUnavailable,
                "Too many open streaming connections; try again later.");
        }

        try
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                await AcceptAsync(context, executor, logger);
            }
            else
            {
                var middleware = new WebSocketMiddleware(
                    c => AcceptAsync(c, executor, logger),
                    Options.Create(new WebSocketOptions()),
                    context.RequestServices.GetRequiredService<ILoggerFactory>());
                await middleware.Invoke(context);
            }
        }
        finally
        {
            executor.Connections.Release();
        }
    }

    private static async Task AcceptAsync(HttpContext context, GraphQLRequestExecutor executor, ILogger logger)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var wanted = context.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(
            new WebSocketAcceptContext { SubProtocol = wanted ? SubProtocol : null, KeepAliveInterval = TimeSpan.Zero });
        if (!wanted)
        {
            // As graphql-ws does: accept, then say why in the close frame (a refused upgrade tells a browser nothing).
            await socket.CloseOutputAsync(
                (System.Net.WebSockets.WebSocketCloseStatus)WebSocketCloseCodes.SubprotocolNotAcceptable,
                "Subprotocol not acceptable", context.RequestAborted);
            return;
        }

        await new GraphQLWebSocketSession(socket, context, executor, logger).RunAsync();
    }
}
