using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.4 Fragments Must Be Used: every fragment is spread, directly or not, by some operation.</summary>
internal sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    // The definitions are read from the document when it is left; nothing below them matters here.
    public override bool Enter(SyntaxNode node) => node is DocumentNode;

    public override void Leave(SyntaxNode node)
    {
        var definitions = ((DocumentNode)node).Definitions;
        HashSet<string>? used = null;
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is FragmentDefinitionNode fragment && !(used ??= Used(definitions)).Contains(fragment.Name.Value))
            {
                Report($"Fragment \"{fragment.Name.Value}\" is never used.", fragment);
            }
        }
    }

    private HashSet<string> Used(IReadOnlyList<DefinitionNode> definitions)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definitions.Count; i++)
        {
            if (definitions[i] is OperationDefinitionNode operation)
            {
                var fragments = Context.GetRecursivelyReferencedFragments(operation);
                for (var f = 0; f < fragments.Count; f++)
                {
                    used.Add(fragments[f].Name.Value);
                }
            }
        }

        return used;
    }
}
