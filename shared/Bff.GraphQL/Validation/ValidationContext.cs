using Bff.GraphQL.Execution;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>What every rule of one validation shares: the schema, the document, the walker's position and the errors.</summary>
internal sealed partial class ValidationContext
{
    private readonly List<ValidationError> failures = [];
    private readonly Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, DirectiveShape>? directives;

    public ValidationContext(
        Schema schema, DocumentNode document, ValidationOptions options, IReadOnlyDictionary<string, object?>? variables)
    {
        Schema = schema;
        Document = document;
        Options = options;
        Variables = variables;
        TypeInfo = new TypeInfo(schema);
        foreach (var definition in document.Definitions)
        {
            // As in graphql-js the last definition of a name wins; UniqueFragmentNamesRule reports the duplicates.
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>The request's variable values, when known; only the cost analysis reads them.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; }

    /// <summary>The types at the walker's position.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes from the document down to the current node (inclusive).</summary>
    public List<SyntaxNode> Ancestors { get; } = [];

    public IReadOnlyList<ValidationError> Failures => failures;

    /// <summary>Set by the limits rule when a list size came from a variable, so the cost differs per request.</summary>
    public bool CostDependsOnVariables { get; set; }

    /// <summary>The directives the document may use: the schema's, and any it defines itself.</summary>
    public IReadOnlyDictionary<string, DirectiveShape> Directives => directives ??= DirectiveShape.All(this);

    public FragmentDefinitionNode? GetFragment(string name) => fragments.GetValueOrDefault(name);

    /// <summary>
    /// Records an error. Past <see cref="ValidationOptions.MaxErrors"/> it records graphql-js's final error and
    /// stops the validation, so that a document made of mistakes cannot make the validator work without end.
    /// </summary>
    public void ReportError(string rule, string message, IEnumerable<SyntaxNode> nodes, string? code)
    {
        if (failures.Count >= Options.MaxErrors)
        {
            failures.Add(new ValidationError(
                "DocumentValidator",
                new GraphQLError("Too many validation errors, error limit reached. Validation aborted.")));
            throw new ValidationAbortedException();
        }

        var extensions = code is null ? null : new Dictionary<string, object?> { ["code"] = code };
        failures.Add(new ValidationError(rule, GraphQLError.At(message, nodes, extensions: extensions)));
    }
}
