using System.Runtime.CompilerServices;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>
    /// Subscribe (spec 6.2.3, graphql-js's <c>subscribe</c>): selects the subscription operation, coerces its variables,
    /// creates the source event stream and maps each event to a response by executing the selection set with the event
    /// as the root value. Cancelling <paramref name="cancellationToken"/> ends the stream and cancels what the
    /// subscribe function and the resolvers were given.
    /// </summary>
    public Task<SubscriptionResult> SubscribeAsync(
        Schema schema, ExecutionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(request);
        return Prepare(schema, request, out var prepared, subscribe: true) is { } error
            ? Task.FromResult(SubscriptionResult.Failed(error))
            : SubscribeAsync(schema, request, prepared, null, cancellationToken);
    }

    /// <summary>
    /// Subscribes to a prepared subscription. <paramref name="executeEvent"/>, when given, executes each event's request
    /// (the server gives each event its own service scope and time limit); by default it is executed as it is.
    /// </summary>
    internal async Task<SubscriptionResult> SubscribeAsync(
        Schema schema,
        ExecutionRequest request,
        PreparedOperation prepared,
        Func<ExecutionRequest, CancellationToken, Task<ExecutionResult>>? executeEvent,
        CancellationToken cancellationToken)
    {
        var engine = new ExecutionEngine(
            schema, FieldPlanCache.For(schema, request.Document), prepared.Variables, request.Services ?? EmptyServices.Instance,
            options, cancellationToken);
        var (source, error) = await engine.CreateSourceEventStreamAsync(prepared.RootType, request.RootValue, prepared.Operation)
            .ConfigureAwait(false);
        if (error is not null)
        {
            return SubscriptionResult.Failed(ExecutionResult.RequestError(error));
        }

        executeEvent ??= (eventRequest, token) => ExecuteAsync(schema, eventRequest, prepared, token);
        return SubscriptionResult.Streaming(MapSourceToResponseEvent(engine, source!, request, prepared, executeEvent, cancellationToken));
    }

    /// <summary>
    /// MapSourceToResponseEvent (spec 6.2.3.2): one execution per event, in order; each has its own errors. The source is
    /// read only as fast as its events are executed and taken, and disposed when the reader stops.
    /// </summary>
    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        ExecutionEngine engine,
        IAsyncEnumerable<object?> source,
        ExecutionRequest request,
        PreparedOperation prepared,
        Func<ExecutionRequest, CancellationToken, Task<ExecutionResult>> executeEvent,
        [EnumeratorCancellation] CancellationToken readerToken = default)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(engine.CancellationToken, readerToken);
        var token = both.Token;
        await using var events = source.GetAsyncEnumerator(token);
        while (true)
        {
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !IsCancelled(engine, readerToken))
            {
                throw new SubscriptionSourceException(
                    engine.SourceStreamError(prepared.RootType, prepared.Operation, exception), exception);
            }

            yield return await executeEvent(request with { RootValue = events.Current }, token).ConfigureAwait(false);
        }
    }

    // The linked token may not have heard yet when the source, which listens to the subscription's token, already has.
    private static bool IsCancelled(ExecutionEngine engine, CancellationToken readerToken) =>
        engine.CancellationToken.IsCancellationRequested || readerToken.IsCancellationRequested;
}
