using Bff.GraphQL.Execution;
using Bff.GraphQL.Server.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol in distinct connections mode: one request (POST with a
/// JSON body, or GET with query parameters) with <c>Accept: text/event-stream</c>, answered with <c>next</c> events, one
/// per result, then <c>complete</c>. As the protocol asks, errors found before execution (parse, validation,
/// variables) come as a <c>next</c> event of the accepted stream; only a request the transport cannot read gets a
/// plain JSON error. A subscription whose source stream cannot be created (its subscribe function raised a field
/// error) answers the same way, <c>next</c> with the errors then <c>complete</c>, as graphql-sse does with the result
/// graphql-js's <c>subscribe</c> returns instead of a stream. The client ends a subscription by closing the connection.
/// </summary>
internal static class ServerSentEventsHandler
{
    public const string MediaType = "text/event-stream";
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();

    /// <summary>True when the request asks for an event stream (graphql-sse clients send exactly this type).</summary>
    public static bool Accepts(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    public static async Task HandleAsync(HttpContext context, GraphQLRequestExecutor executor, GraphQLServerOptions options)
    {
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(SubscriptionLog.Category);
        using var read = await GraphQLHttpRequestReader.ReadAsync(context, options);
        var request = read.Request;
        if (!executor.Connections.TryAcquire())
        {
            SubscriptionLog.ConnectionRefused(logger, executor.Connections.Open, executor.Connections.Limit);
            context.Response.Headers.RetryAfter = "1";
            throw new GraphQLHttpException(StatusCodes.Status503ServiceUnavailable,
                "Too many open streaming connections; try again later.");
        }

        try
        {
            await RunAsync(context, executor, options.Subscriptions, request, logger);
        }
        finally
        {
            executor.Connections.Release();
        }
    }

    private static async Task RunAsync(
        HttpContext context, GraphQLRequestExecutor executor, SubscriptionOptions limits, GraphQLRequest request, ILogger logger)
    {
        using var closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var response = await executor.ExecuteStreamingAsync(request, context.RequestServices, closing.Token);
        if (response.Operation is { } operation)
        {
            context.Items["graphql.operation"] = operation.Name?.Value ?? "anonymous";
            context.Items["graphql.operation.type"] = operation.Operation.ToString().ToLowerInvariant();
        }

        if (response.Single is { ErrorKind: RequestErrorKind.MethodNotAllowed or RequestErrorKind.MalformedRequest } rejected)
        {
            // Not a GraphQL result but a transport refusal (a mutation over GET): a plain response, as graphql-sse does.
            await ResponseWriter.WriteAsync(context, rejected, MediaTypes.Json);
            return;
        }

        var http = context.Response;
        http.StatusCode = StatusCodes.Status200OK;
        http.ContentType = MediaType + "; charset=utf-8";
        http.Headers.CacheControl = "no-cache";
        http.Headers["X-Accel-Buffering"] = "no";
        var queue = new OutgoingQueue(limits.MaxQueuedMessages, limits.MaxQueuedBytes);
        queue.TryEnqueue(KeepAlive);
        var writing = queue.WriteAllAsync(async (message, token) =>
        {
            await http.Body.WriteAsync(message, token);
            await http.Body.FlushAsync(token);
        }, closing.Token);
        using var keepAlive = KeepAliveTimer.Start(limits.KeepAliveInterval, () => queue.TryEnqueue(KeepAlive));
        var producing = ProduceAsync(response, queue, logger, closing.Token);
        try
        {
            if (await Task.WhenAny(writing, producing, queue.Overflow) == producing && !queue.Overflowed)
            {
                // Everything is queued: let the writer finish it (or fail with the connection, or overflow).
                await Task.WhenAny(writing, queue.Overflow);
            }

            // Done, or the client went, or it never reads and its queue overflowed: the subscription stops with it.
            await closing.CancelAsync();
            if (queue.Overflowed)
            {
                SubscriptionLog.ClosedByServer(logger, "SSE", 0, "outgoing queue full: the client does not read its events");
                context.Abort();
            }
        }
        finally
        {
            await closing.CancelAsync();
            await Settle(producing);
            await Settle(writing);
        }
    }

    /// <summary>Queues a <c>next</c> per result and a final <c>complete</c>; ends early when the queue refuses.</summary>
    private static async Task ProduceAsync(GraphQLStreamingResponse response, OutgoingQueue queue, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            if (response.Single is { } single)
            {
                queue.TryEnqueue(StreamingMessages.ServerSentEvent("next", single.Result));
            }
            else
            {
                await foreach (var result in response.Events!.WithCancellation(cancellationToken))
                {
                    if (!queue.TryEnqueue(StreamingMessages.ServerSentEvent("next", result)))
                    {
                        return;
                    }
                }
            }
        }
        catch (SubscriptionSourceException failed)
        {
            queue.TryEnqueue(StreamingMessages.ServerSentEvent("next", ExecutionResult.RequestError(failed.Error)));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SubscriptionLog.OperationFailed(logger, exception, "SSE", "-");
            queue.TryEnqueue(StreamingMessages.ServerSentEvent("next", ExecutionResult.RequestError(
                new GraphQLError(ExecutionEngine.UnexpectedErrorMessage, Extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError }))));
        }

        queue.TryEnqueue(StreamingMessages.ServerSentEvent("complete", null));
        queue.Complete();
    }

    private static async Task Settle(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The connection is gone; nothing is left to tell it.
        }
    }
}
