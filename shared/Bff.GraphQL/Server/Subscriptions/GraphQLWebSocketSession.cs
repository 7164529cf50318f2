using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Bff.GraphQL.Server.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>
/// One GraphQL WebSocket (the graphql-transport-ws protocol, as graphql-ws's server speaks it): <c>connection_init</c>
/// within the init timeout, once, checked by the connect handlers, answered with <c>connection_ack</c>; then
/// <c>subscribe</c> / <c>next</c> / <c>error</c> / <c>complete</c> per operation id (queries and mutations too),
/// <c>ping</c> / <c>pong</c> both ways. Protocol violations close the socket with the protocol's codes. One reader
/// (this loop), one writer (the outgoing queue); each operation runs on its own, in its own service scope.
/// </summary>
internal sealed partial class GraphQLWebSocketSession(
    WebSocket socket, HttpContext context, GraphQLRequestExecutor executor, ILogger logger)
{
    private static readonly byte[] Ping = """{"type":"ping"}"""u8.ToArray();
    private readonly SubscriptionOptions limits = executor.Options.Subscriptions;
    private readonly OutgoingQueue queue = new(executor.Options.Subscriptions.MaxQueuedMessages, executor.Options.Subscriptions.MaxQueuedBytes);
    private readonly ConcurrentDictionary<string, Operation> operations = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource connection = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly Lock closeLock = new();
    private volatile bool initReceived;
    private volatile bool acknowledged;
    private (int Code, string Reason)? close;
    private Timer? abortTimer;

    public async Task RunAsync()
    {
        var writing = WriteAsync();
        using var initTimeout = new Timer(_ =>
        {
            if (!initReceived)
            {
                Close(WebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }, null, limits.ConnectionInitTimeout, Timeout.InfiniteTimeSpan);
        using var keepAlive = KeepAliveTimer.Start(limits.KeepAliveInterval, () => Send(Ping));
        try
        {
            await ReadAsync();
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException)
        {
            // The client went without a close frame, or the socket was aborted.
        }
        finally
        {
            await connection.CancelAsync();
            queue.Complete();
            await Task.WhenAll(operations.Values.Select(o => o.Running).Append(writing).Select(Settle));
            lock (closeLock)
            {
                abortTimer?.Dispose();
            }
        }
    }

    /// <summary>Reads messages until the client closes, the socket fails, or the server closes it.</summary>
    private async Task ReadAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limits.MaxMessageSize, 16 * 1024) + 1);
        var message = new ArrayBufferWriter<byte>();
        try
        {
            // Not cancellable: a cancelled receive aborts the socket, and a closing one still owes its close frame. The
            // loop ends with the client's close frame, or when the socket fails or is aborted (the close timeout).
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (close is not null)
                {
                    // Closing: what the client still sends is dropped until its close frame arrives.
                    message.ResetWrittenCount();
                    continue;
                }

                if (message.WrittenCount + received.Count > limits.MaxMessageSize)
                {
                    Close(WebSocketCloseCodes.MessageTooBig, $"Message larger than {limits.MaxMessageSize} bytes");
                    message.ResetWrittenCount();
                    continue;
                }

                message.Write(buffer.AsSpan(0, received.Count));
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
                }
                else
                {
                    await HandleAsync(message.WrittenMemory);
                }

                message.ResetWrittenCount();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task HandleAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = executor.Options.MaxRequestJsonDepth });
        }
        catch (JsonException)
        {
            Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            JsonElement? payload = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("payload", out var p) ? p : null;
            switch (type)
            {
                case "connection_init":
                    await InitAsync(payload);
                    break;
                case "ping":
                    Send(StreamingMessages.PingOrPong("pong", payload));
                    break;
                case "pong":
                    break;
                case "subscribe":
                    Subscribe(root);
                    break;
                case "complete":
                    if (IdOf(root) is { } id && operations.TryRemove(id, out var operation))
                    {
                        // The client stopped it: no further message for this id, and its source is disposed.
                        await operation.Cancellation.CancelAsync();
                    }
                    else if (IdOf(root) is null)
                    {
                        Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
                    }

                    break;
                default:
                    Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
                    break;
            }
        }
    }

    private async Task InitAsync(JsonElement? payload)
    {
        if (initReceived)
        {
            Close(WebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        initReceived = true;
        var connect = new WebSocketConnectContext(context, payload is { ValueKind: JsonValueKind.Object } p ? p.Clone() : null);
        try
        {
            foreach (var handler in context.RequestServices.GetServices<IWebSocketConnectHandler>())
            {
                if (!await handler.OnConnectAsync(connect))
                {
                    Close(WebSocketCloseCodes.Forbidden, "Forbidden");
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SubscriptionLog.OperationFailed(logger, exception, "WebSocket", "connection_init");
            Close(WebSocketCloseCodes.InternalServerError, "Internal server error");
            return;
        }

        acknowledged = true;
        Send(StreamingMessages.Ack(connect.AckPayload));
    }

    private void Subscribe(JsonElement message)
    {
        if (!acknowledged)
        {
            Close(WebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var id = IdOf(message);
        GraphQLRequest? request = null;
        try
        {
            if (id is not null && message.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object)
            {
                // The payload outlives this message's document while the operation runs.
                request = RequestParameters.FromJson(payload.Clone());
            }
        }
        catch (GraphQLHttpException)
        {
            request = null;
        }

        if (id is null || request is null)
        {
            Close(WebSocketCloseCodes.BadRequest, "Invalid message received");
            return;
        }

        if (operations.ContainsKey(id))
        {
            Close(WebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        if (operations.Count >= limits.MaxOperationsPerConnection)
        {
            Send(StreamingMessages.Errors(id, [new Execution.GraphQLError(
                $"Too many operations on this connection (at most {limits.MaxOperationsPerConnection}); complete one first.",
                Extensions: new Dictionary<string, object?> { ["code"] = SubscriptionErrorCodes.TooManyOperations })]));
            return;
        }

        var operation = new Operation(CancellationTokenSource.CreateLinkedTokenSource(connection.Token));
        operations[id] = operation;
        operation.Running = Task.Run(() => RunOperationAsync(id, request, operation));
    }

    private static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;

    /// <summary>Queues a message; a queue that overflows closes the connection.</summary>
    private bool Send(byte[] message)
    {
        if (queue.TryEnqueue(message))
        {
            return true;
        }

        if (queue.Overflowed)
        {
            Close(WebSocketCloseCodes.PolicyViolation, "Outgoing queue full: the client does not read its messages");
        }

        return false;
    }

    /// <summary>
    /// Closes the socket once, with the first reason given: every operation stops, what is queued is still written
    /// (nothing is, after an overflow), then the close frame. A writer that cannot get it out in time is aborted.
    /// </summary>
    private void Close(int code, string reason)
    {
        lock (closeLock)
        {
            if (close is not null)
            {
                return;
            }

            close = (code, Truncate(reason));
            abortTimer ??= new Timer(_ => Abort(), null, limits.CloseTimeout, Timeout.InfiniteTimeSpan);
        }

        SubscriptionLog.ClosedByServer(logger, "WebSocket", code, reason);
        connection.Cancel();
        queue.Complete();
    }

    // On a timer thread, where an exception would end the process: the socket may be gone already.
    private void Abort()
    {
        try
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task WriteAsync()
    {
        // Never cancelled: a cancelled send aborts the socket, and the close frame has to follow what is queued.
        await queue.WriteAllAsync((message, token) => socket.SendAsync(message, WebSocketMessageType.Text, true, token), CancellationToken.None);
        if (queue.Overflowed)
        {
            Close(WebSocketCloseCodes.PolicyViolation, "Outgoing queue full: the client does not read its messages");
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            var (code, reason) = close ?? ((int)WebSocketCloseStatus.NormalClosure, "");
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
    }

    // A close reason is at most 123 bytes of UTF-8.
    private static string Truncate(string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        return reason;
    }

    private static async Task Settle(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The socket is gone; nothing is left to tell it.
        }
    }

    /// <summary>An operation running on the socket: cancelled when the client completes it or the socket goes.</summary>
    private sealed class Operation(CancellationTokenSource cancellation)
    {
        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Task Running { get; set; } = Task.CompletedTask;
    }
}
