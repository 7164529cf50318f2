using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    private readonly UniqueNames<NameNode> known = new();

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode { Name: var name })
        {
            if (known.FirstOrAdd(name.Value, name) is { } first)
            {
                Report($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
        }

        return false;
    }
}
