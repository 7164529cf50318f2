using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Server.Subscriptions;
using Bff.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.GraphQL.Server;

public sealed partial class GraphQLRequestExecutor
{
    private ConnectionLimiter? connections;

    /// <summary>The open SSE and WebSocket connections, bounded by <see cref="SubscriptionOptions.MaxConnections"/>.</summary>
    public int OpenStreamingConnections => Connections.Open;

    internal ConnectionLimiter Connections =>
        LazyInitializer.EnsureInitialized(ref connections, () => new ConnectionLimiter(options.Subscriptions.MaxConnections));

    internal GraphQLServerOptions Options => options;

    /// <summary>
    /// Runs one request of a streaming transport: a subscription is subscribed to (each event executed in its own
    /// service scope, within the execution timeout); anything else runs as <see cref="ExecuteAsync"/> runs it.
    /// Cancelling <paramref name="cancellationToken"/> ends the subscription.
    /// </summary>
    public async Task<GraphQLStreamingResponse> ExecuteStreamingAsync(
        GraphQLRequest request, IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(services);
        var (document, error) = await documents.ResolveAsync(request, cancellationToken);
        if (error is not null)
        {
            return new GraphQLStreamingResponse(error);
        }

        if (document!.Errors.Count > 0)
        {
            return new GraphQLStreamingResponse(GraphQLResponse.Errors(document.Errors));
        }

        var operation = OperationSelector.Select(document.Document, request.OperationName, out _);
        if (operation?.Operation != OperationType.Subscription)
        {
            return new GraphQLStreamingResponse(await ExecuteAsync(request, services, cancellationToken));
        }

        var executionRequest = new ExecutionRequest(document.Document, request.OperationName, request.Variables) { Services = services };
        if (Executor.Prepare(Schema, executionRequest, out var prepared, subscribe: true) is { } requestError)
        {
            return new GraphQLStreamingResponse(new GraphQLResponse(requestError, RequestErrorKind.BadRequest) { Operation = operation });
        }

        if (MeasureCostAgain(document, request))
        {
            var limits = DocumentValidator.ValidateLimits(Schema, document.Document, options.Validation, prepared.Variables);
            if (!limits.IsValid)
            {
                return new GraphQLStreamingResponse(GraphQLResponse.Errors(limits.Errors));
            }
        }

        var subscription = await executor.SubscribeAsync(
            Schema, executionRequest, prepared, (e, token) => ExecuteEventAsync(e, prepared, token), cancellationToken);
        return subscription.Error is { } failed
            ? new GraphQLStreamingResponse(new GraphQLResponse(failed, RequestErrorKind.BadRequest) { Operation = operation }, sourceStreamFailed: true)
            : new GraphQLStreamingResponse(subscription.Events!, operation);
    }

    /// <summary>
    /// One event of a subscription: its own scope (DataLoaders and their caches are per event, as they are per HTTP
    /// request) and its own time limit, so one slow event cannot hold the subscription forever.
    /// </summary>
    private async Task<ExecutionResult> ExecuteEventAsync(
        ExecutionRequest request, PreparedOperation prepared, CancellationToken cancellationToken)
    {
        await using var scope = request.Services!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        using var timeout = new CancellationTokenSource(options.ExecutionTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await executor.ExecuteAsync(Schema, request with { Services = scope.ServiceProvider }, prepared, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return GraphQLResponse.Error(RequestErrorKind.Timeout,
                $"The operation did not complete within {options.ExecutionTimeout.TotalSeconds:0.###} s.", ServerErrorCodes.Timeout).Result;
        }
    }
}
