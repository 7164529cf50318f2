using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Server;

/// <summary>
/// What a streaming transport sends for one request: one response (a query, a mutation, or a request error), or the
/// results of a subscription, one per event.
/// </summary>
public sealed class GraphQLStreamingResponse
{
    internal GraphQLStreamingResponse(GraphQLResponse single, bool sourceStreamFailed = false)
    {
        Single = single;
        Operation = single.Operation;
        SourceStreamFailed = sourceStreamFailed;
    }

    internal GraphQLStreamingResponse(IAsyncEnumerable<ExecutionResult> events, OperationDefinitionNode operation)
    {
        Events = events;
        Operation = operation;
    }

    /// <summary>The one response; null for a subscription that started.</summary>
    public GraphQLResponse? Single { get; }

    /// <summary>The subscription's results; disposing the enumerator ends the subscription.</summary>
    public IAsyncEnumerable<ExecutionResult>? Events { get; }

    /// <summary>
    /// True when <see cref="Single"/> is a subscription whose source stream could not be created (its subscribe
    /// function raised a field error, spec 6.2.3.1): a response of errors without data, which graphql-transport-ws
    /// sends as <c>next</c> then <c>complete</c>, not as the <c>error</c> of a request refused before execution.
    /// </summary>
    public bool SourceStreamFailed { get; }

    /// <summary>The operation that runs, when one was selected.</summary>
    public OperationDefinitionNode? Operation { get; }
}
