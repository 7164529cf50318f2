using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.8.1 Variable Uniqueness.</summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var groups = ((OperationDefinitionNode)node).VariableDefinitions.GroupBy(v => v.Variable.Name.Value, StringComparer.Ordinal);
        foreach (var group in groups.Where(g => g.Skip(1).Any()))
        {
            Report($"There can be only one variable named \"${group.Key}\".", group.Select(v => v.Variable.Name));
        }

        return true;
    }
}
