using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.3 All Variable Uses Defined: by the operation, including uses inside the fragments it spreads.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override void Leave(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        HashSet<string>? defined = null;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            defined ??= Defined(operation);
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

    private static HashSet<string> Defined(OperationDefinitionNode operation)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        return defined;
    }
}
