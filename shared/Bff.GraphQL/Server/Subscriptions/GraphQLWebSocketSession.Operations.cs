using Bff.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.GraphQL.Server.Subscriptions;

internal sealed partial class GraphQLWebSocketSession
{
    /// <summary>
    /// Runs one operation: a query or mutation answers <c>next</c> then <c>complete</c>; a subscription one <c>next</c>
    /// per event, then <c>complete</c> when its source ends. Request errors (parse, validation, variables, a refused
    /// subscribe) and a source that fails answer <c>error</c>. Nothing is sent once the client completed it.
    /// </summary>
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
                if (!single.Result.HasData)
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
