using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.1.3 Fragments On Composite Types.</summary>
internal sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                Report($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                Report(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition);
                break;
        }

        return true;
    }

    private bool IsNonComposite(NamedTypeNode condition) =>
        Context.Schema.TypeFromAst(condition) is { } type && !type.IsCompositeType();
}
