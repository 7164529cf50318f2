using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.FragmentSpread];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var spread = (FragmentSpreadNode)node;
        if (Context.GetFragment(spread.Name.Value) is null)
        {
            Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }

        return true;
    }
}
