using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.4 All Variables Used: by the operation or the fragments it spreads.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.VariableDefinitions.Count == 0)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            used.Add(usage.Node.Name.Value);
        }

        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!used.Contains(name))
            {
                Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
