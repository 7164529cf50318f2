using Bff.GraphQL.Execution;

namespace Bff.GraphQL.Server;

/// <summary>The result of a request and, when it produced no data, why.</summary>
public sealed record GraphQLResponse(ExecutionResult Result, RequestErrorKind ErrorKind = RequestErrorKind.None)
{
    /// <summary>A request error with one message and an <c>extensions.code</c>.</summary>
    public static GraphQLResponse Error(RequestErrorKind kind, string message, string code) =>
        new(ExecutionResult.RequestError(new GraphQLError(
            message, Extensions: new Dictionary<string, object?> { ["code"] = code })), kind);

    /// <summary>Request errors as they are (parse, validation or variable errors).</summary>
    public static GraphQLResponse Errors(IReadOnlyList<GraphQLError> errors) =>
        new(ExecutionResult.RequestError(errors), RequestErrorKind.BadRequest);
}
