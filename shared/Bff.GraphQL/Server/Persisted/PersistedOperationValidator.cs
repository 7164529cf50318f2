using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Server.Persisted;

/// <summary>
/// Checks every persisted operation against the schema at start-up, so an app's operation that no longer matches the
/// schema fails the deployment instead of its users: each must parse, validate (limits included) and, when the
/// manifest gives a type, be of that type.
/// </summary>
internal static class PersistedOperationValidator
{
    public static void Validate(Schema schema, GraphQLServerOptions options, InMemoryPersistedOperationStore store)
    {
        var problems = new List<string>();
        foreach (var operation in store.Operations)
        {
            if (Check(schema, options, operation) is { } problem)
            {
                problems.Add($"{operation.Id} ({operation.Name ?? "anonymous"}): {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"{problems.Count} persisted operation(s) do not run against the schema:{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems));
        }
    }

    private static string? Check(Schema schema, GraphQLServerOptions options, PersistedOperation operation)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(operation.Body, options.Parser);
        }
        catch (GraphQLSyntaxException syntax)
        {
            return syntax.Message;
        }

        var validation = DocumentValidator.Validate(schema, document, options.Validation);
        if (!validation.IsValid)
        {
            return string.Join(" ", validation.Errors.Select(e => e.Message));
        }

        var types = document.Definitions.OfType<OperationDefinitionNode>().Select(o => o.Operation.ToString().ToLowerInvariant());
        return operation.Type is { } type && types.Any(t => t != type)
            ? $"the manifest says \"{type}\" but the document is a {string.Join(", ", types.Distinct())}"
            : null;
    }
}
