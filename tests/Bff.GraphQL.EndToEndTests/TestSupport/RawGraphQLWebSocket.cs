using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// A WebSocket to the GraphQL endpoint that sends exactly what a test writes, for the protocol's error cases (the
/// npm client never sends those): messages as text, and what comes back as JSON or as the close frame.
/// </summary>
internal sealed class RawGraphQLWebSocket : IAsyncDisposable
{
    private static readonly TimeSpan ReceiveTimeout = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket socket;

    private RawGraphQLWebSocket(ClientWebSocket socket) => this.socket = socket;

    public WebSocketState State => socket.State;

    public static async Task<RawGraphQLWebSocket> ConnectAsync(Uri endpoint, string? subProtocol = "graphql-transport-ws")
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        socket.Options.CollectHttpResponseDetails = true;
        await socket.ConnectAsync(endpoint, CancellationToken.None);
        return new RawGraphQLWebSocket(socket);
    }

    /// <summary>Connects and completes the handshake: <c>connection_init</c>, then the <c>connection_ack</c>.</summary>
    public static async Task<RawGraphQLWebSocket> ConnectAndInitAsync(Uri endpoint)
    {
        var socket = await ConnectAsync(endpoint);
        await socket.SendAsync("""{"type":"connection_init"}""");
        var ack = await socket.ReceiveAsync();
        Assert.Equal("connection_ack", ack.Message?.GetProperty("type").GetString());
        return socket;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text) =>
        await socket.SendAsync(bytes, type, true, CancellationToken.None);

    public Task SubscribeAsync(string id, string query) =>
        SendAsync(JsonSerializer.Serialize(new { id, type = "subscribe", payload = new { query } }));

    /// <summary>The next message, or the close frame (then <see cref="Received.Message"/> is null).</summary>
    public async Task<Received> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReceiveTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new Received(null, (int?)socket.CloseStatus, socket.CloseStatusDescription);
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return new Received(JsonDocument.Parse(message.ToArray()).RootElement.Clone(), null, null);
            }
        }
    }

    /// <summary>Reads until the server closes the socket; returns the close code and reason.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        while (true)
        {
            var received = await ReceiveAsync();
            if (received.Message is null)
            {
                return (received.CloseCode!.Value, received.CloseReason);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server went first.
            }
        }

        socket.Dispose();
    }

    /// <summary>A message (JSON) or a close frame (code and reason).</summary>
    public sealed record Received(JsonElement? Message, int? CloseCode, string? CloseReason)
    {
        public string? Type => Message?.GetProperty("type").GetString();
    }
}
