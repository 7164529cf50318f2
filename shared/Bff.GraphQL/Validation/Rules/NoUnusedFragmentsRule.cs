using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or not, by some operation.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private readonly List<OperationDefinitionNode> operations = [];
    private readonly List<FragmentDefinitionNode> fragments = [];

    public override IReadOnlyList<SyntaxKind> Kinds { get; } =
        [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                operations.Add(operation);
                return false;
            case FragmentDefinitionNode fragment:
                fragments.Add(fragment);
                return false;
            default:
                return true;
        }
    }

    public override void Leave(SyntaxNode node)
    {
        var used = operations
            .SelectMany(Context.GetRecursivelyReferencedFragments)
            .Select(f => f.Name.Value)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var fragment in fragments.Where(f => !used.Contains(f.Name.Value)))
        {
            Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
        }
    }
}
