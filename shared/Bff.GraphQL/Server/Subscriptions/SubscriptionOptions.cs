namespace Bff.GraphQL.Server;

/// <summary>
/// Limits of the streaming transports (GraphQL over SSE and over WebSocket). Every store a client can fill is bounded
/// here; defaults suit public traffic.
/// </summary>
public sealed class SubscriptionOptions
{
    /// <summary>Open SSE and WebSocket connections of the service at once; more get 503 before anything is set up.</summary>
    public int MaxConnections { get; set; } = 5_000;

    /// <summary>Operations running at once on one WebSocket; more are answered with an <c>error</c> message each.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    /// <summary>Largest WebSocket message a client may send, in bytes; a larger one closes the socket with 1009.</summary>
    public int MaxMessageSize { get; set; } = 64 * 1024;

    /// <summary>
    /// Messages waiting to be written to one connection. A client that reads slower than its events arrive fills it;
    /// then the queued messages are dropped and the connection closed (1008 on a WebSocket), so its memory stays bounded.
    /// </summary>
    public int MaxQueuedMessages { get; set; } = 256;

    /// <summary>Bytes waiting to be written to one connection; the same as <see cref="MaxQueuedMessages"/>, by size.</summary>
    public long MaxQueuedBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How long a WebSocket client has to send <c>connection_init</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often an idle connection hears from the server, so proxies keep it open and dead peers are found: a
    /// comment line on SSE (as the graphql-sse server does, every 12 s), a <c>ping</c> message on a WebSocket.
    /// <see cref="TimeSpan.Zero"/> turns it off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>How long a connection being closed may take to write its close frame before it is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
