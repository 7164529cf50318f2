using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.2.1 Fragment Spread Target Defined.</summary>
internal sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override IReadOnlyList<SyntaxKind> Kinds { get; } = [SyntaxKind.FragmentSpread];

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
