using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type share an object type.</summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.InlineFragment, SyntaxKind.FragmentSpread];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var parentType = Context.TypeInfo.ParentType;
        if (node is InlineFragmentNode)
        {
            if (Context.TypeInfo.Type is NamedType fragmentType && fragmentType.IsCompositeType()
                && parentType is not null && !Overlap(fragmentType, parentType))
            {
                Report(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    node);
            }
        }
        else if (node is FragmentSpreadNode spread)
        {
            var name = spread.Name.Value;
            var fragmentType = Context.GetFragment(name) is { } fragment
                ? Context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType
                : null;
            if (fragmentType is not null && fragmentType.IsCompositeType()
                && parentType is not null && !Overlap(fragmentType, parentType))
            {
                Report(
                    $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".",
                    node);
            }
        }

        return true;
    }

    // graphql-js doTypesOverlap: some object type could be of both types.
    private bool Overlap(NamedType a, NamedType b)
    {
        var schema = Context.Schema;
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType())
        {
            return b.IsAbstractType()
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstractType() && schema.IsSubType(b, a);
    }
}
