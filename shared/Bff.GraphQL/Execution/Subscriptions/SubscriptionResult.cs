namespace Bff.GraphQL.Execution;

/// <summary>
/// What <see cref="Executor.SubscribeAsync(Types.Schema, ExecutionRequest, CancellationToken)"/> gives (graphql-js's
/// <c>subscribe</c>): either a request error, when the event stream could not be created, or the response stream.
/// </summary>
public sealed class SubscriptionResult
{
    private SubscriptionResult(ExecutionResult? error, IAsyncEnumerable<ExecutionResult>? events)
    {
        Error = error;
        Events = events;
    }

    /// <summary>The request error (no such operation, bad variables, a failing subscribe function); null with a stream.</summary>
    public ExecutionResult? Error { get; }

    /// <summary>
    /// One result per source event, with the errors of that event's execution. Enumerating it ends when the source
    /// ends; disposing the enumerator disposes the source. A source that fails ends it with a
    /// <see cref="SubscriptionSourceException"/>.
    /// </summary>
    public IAsyncEnumerable<ExecutionResult>? Events { get; }

    internal static SubscriptionResult Failed(ExecutionResult error) => new(error, null);

    internal static SubscriptionResult Streaming(IAsyncEnumerable<ExecutionResult> events) => new(null, events);
}
