using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.1 Fragment Name Uniqueness.</summary>
internal sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node)
    {
        if (node is FragmentDefinitionNode { Name: var name })
        {
            if (known.TryGetValue(name.Value, out var first))
            {
                Report($"There can be only one fragment named \"{name.Value}\".", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }

        return false;
    }
}
