using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bff.GraphQL.Server;

/// <summary>
/// Decides whether a GraphQL WebSocket may start, when its <c>connection_init</c> arrives (graphql-ws's
/// <c>onConnect</c>, Hot Chocolate's <c>ISocketSessionInterceptor.OnConnectAsync</c>). Browsers cannot set headers on a
/// WebSocket, so clients send their credentials in the payload; a handler checks them and sets
/// <see cref="HttpContext.User"/>, which every operation of the socket then runs as. Refused sockets close with 4403.
/// </summary>
public interface IWebSocketConnectHandler
{
    /// <summary>True to accept the connection, false to close it with 4403 Forbidden.</summary>
    ValueTask<bool> OnConnectAsync(WebSocketConnectContext context);
}

/// <summary>What a connect handler sees: the upgraded request and the <c>connection_init</c> payload.</summary>
public sealed class WebSocketConnectContext(HttpContext httpContext, JsonElement? payload)
{
    /// <summary>The HTTP request the socket was upgraded from; its <c>User</c> is what the operations run as.</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>The <c>connection_init</c> payload (an object), or null when the client sent none.</summary>
    public JsonElement? Payload { get; } = payload;

    /// <summary>A string member of the payload (e.g. <c>Authorization</c>), or null.</summary>
    public string? PayloadString(string name) =>
        Payload is { ValueKind: JsonValueKind.Object } payload
        && payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>What <c>connection_ack</c> carries as its payload; none when null.</summary>
    public IReadOnlyDictionary<string, object?>? AckPayload { get; set; }
}

/// <summary>A connect handler from a function.</summary>
internal sealed class DelegateWebSocketConnectHandler(Func<WebSocketConnectContext, ValueTask<bool>> onConnect)
    : IWebSocketConnectHandler
{
    public ValueTask<bool> OnConnectAsync(WebSocketConnectContext context) => onConnect(context);
}
