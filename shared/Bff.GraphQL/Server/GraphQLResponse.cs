using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;

namespace Bff.GraphQL.Server;

/// <summary>The result of a request and, when it produced no data, why.</summary>
public sealed record GraphQLResponse(ExecutionResult Result, RequestErrorKind ErrorKind = RequestErrorKind.None)
{
    /// <summary>The operation that ran, for logs and traces; null when none could be selected.</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>
    /// Set when the request asked for incremental delivery and the operation deferred something: <see cref="Result"/>
    /// is then its initial result, and the subsequent payloads are to be read from here.
    /// </summary>
    public Execution.Incremental.IncrementalExecutionResult? Incremental { get; init; }

    /// <summary>A request error with one message and an <c>extensions.code</c>.</summary>
    public static GraphQLResponse Error(RequestErrorKind kind, string message, string code) =>
        new(ExecutionResult.RequestError(new GraphQLError(
            message, Extensions: new Dictionary<string, object?> { ["code"] = code })), kind);

    /// <summary>Request errors as they are (parse, validation or variable errors).</summary>
    public static GraphQLResponse Errors(IReadOnlyList<GraphQLError> errors) =>
        new(ExecutionResult.RequestError(errors), RequestErrorKind.BadRequest);
}
