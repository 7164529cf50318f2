using Bff.GraphQL.Language;

namespace Bff.GraphQL.Execution;

/// <summary>One operation to execute against a schema.</summary>
/// <param name="Document">The parsed (and, by the server, validated) document.</param>
/// <param name="OperationName">Which operation of the document to run; optional when it has one.</param>
/// <param name="VariableValues">
/// Raw variable values: <see cref="System.Text.Json.JsonElement"/>s as read from a request body, or plain CLR values
/// (string, bool, numbers, dictionaries, lists). They are coerced to the variables' types before execution.
/// </param>
public sealed record ExecutionRequest(
    DocumentNode Document,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? VariableValues = null)
{
    /// <summary>The value the root fields see as their parent.</summary>
    public object? RootValue { get; init; }

    /// <summary>The services resolvers see; an empty provider when null.</summary>
    public IServiceProvider? Services { get; init; }
}
