using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.3 All Variable Uses Defined: by the operation, including uses inside the fragments it spreads.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.OperationDefinition];

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        var defined = operation.VariableDefinitions.Select(v => v.Variable.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(
                    operation.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
