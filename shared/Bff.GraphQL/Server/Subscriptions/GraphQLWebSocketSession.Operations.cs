using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.GraphQL.Server.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>
    /// Runs one operation: a query or mutation answers <c>next</c> then <c>complete</c>; a subscription one <c>next</c>
    /// per event, then <c>complete</c> when its source ends. Nothing is sent once the client completed it.
    /// </summary>
    /// <remarks>
    /// Which failure gets what follows npm graphql-ws's server (6.x) over graphql-js's <c>subscribe</c> (16.x):
    /// <list type="bullet">
    /// <item>Refused before execution (parse, validation, no such operation, variables, cost limits, a persisted
    /// operation refused, too many operations): <c>error</c>, as graphql-ws emits for its <c>onSubscribe</c>, validation
    /// and "Unable to identify operation" errors. (graphql-js returns variable errors from <c>subscribe</c> as a result,
    /// which graphql-ws would send as <c>next</c>; ours are refused before subscribing, so stay <c>error</c>.)</item>
    /// <item>The source stream could not be created (the subscribe function raised a field error, say UNAUTHENTICATED,
    /// or the root field is not defined): graphql-js's <c>createSourceEventStream</c> returns <c>{errors}</c> instead of
    /// a stream, and graphql-ws sends that result as <c>next</c>, then <c>complete</c>. So does this.</item>
    /// <item>A source that fails after it started: graphql-ws catches the iteration's error and sends <c>error</c>
    /// (no <c>complete</c>). So does this.</item>
    /// <item>An unexpected exception of ours: <c>error</c> with a masked INTERNAL_SERVER_ERROR (graphql-ws would close
    /// the socket with 4500; one operation's fault should not end the others).</item>
    /// </list>
    /// </remarks>
    private async Task RunOperationAsync(string id, GraphQLRequest request, Operation operation)
    {
        var token = operation.Cancellation.Token;
        try
        {
            // Its own scope: operations of one socket run side by side, and DataLoaders belong to one of them.
            await using var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var response = await executor.ExecuteStreamingAsync(request, scope.ServiceProvider, token);
            if (response.Single is { } single)
            {
                if (!single.Result.HasData && !response.SourceStreamFailed)
                {
                    SendFor(operation, StreamingMessages.Errors(id, single.Result.Errors));
                    return;
                }

                SendFor(operation, StreamingMessages.Message("next", id, single.Result));
            }
            else
            {
                await foreach (var result in response.Events!.WithCancellation(token))
                {
                    if (!SendFor(operation, StreamingMessages.Message("next", id, result)))
                    {
                        return;
                    }
                }
            }

            SendFor(operation, StreamingMessages.Message("complete", id));
        }
        catch (SubscriptionSourceException failed)
        {
            SendFor(operation, StreamingMessages.Errors(id, [failed.Error]));
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the socket is closing.
        }
        catch (Exception exception)
        {
            SubscriptionLog.OperationFailed(logger, exception, "WebSocket", id);
            SendFor(operation, StreamingMessages.Errors(id, [new GraphQLError(ExecutionEngine.UnexpectedErrorMessage,
                Extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalError })]));
        }
        finally
        {
            operations.TryRemove(new KeyValuePair<string, Operation>(id, operation));
            operation.Cancellation.Dispose();
        }
    }

    private bool SendFor(Operation operation, byte[] message) =>
        !operation.Cancellation.IsCancellationRequested && Send(message);
}
