using Bff.GraphQL.Language;

namespace Bff.GraphQL.Execution;

/// <summary>GetOperation (spec 6.1): picks the operation to run from a document.</summary>
internal static class OperationSelector
{
    public static OperationDefinitionNode? Select(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            count++;
            if (operationName is null ? found is null : operation.Name?.Value == operationName)
            {
                found ??= operation;
            }
        }

        if (operationName is null && count > 1)
        {
            error = new GraphQLError("Must provide operation name if query contains multiple operations.");
            return null;
        }

        if (found is null)
        {
            error = new GraphQLError(operationName is null
                ? "Must provide an operation."
                : $"Unknown operation named \"{operationName}\".");
        }

        return found;
    }
}
