using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.4 All Variables Used: by the operation or the fragments it spreads.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.OperationDefinition];

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        var used = Context.GetRecursiveVariableUsages(operation)
            .Select(u => u.Node.Name.Value)
            .ToHashSet(StringComparer.Ordinal);
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
