using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.2.1.1 Operation Name Uniqueness.</summary>
internal sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> known = new(StringComparer.Ordinal);

    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override bool Enter(SyntaxNode node)
    {
        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (known.TryGetValue(name.Value, out var first))
            {
                Report($"There can be only one operation named \"{name.Value}\".", first, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }

        return false;
    }
}
