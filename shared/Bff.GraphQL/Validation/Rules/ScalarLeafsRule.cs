using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.3.3 Leaf Field Selections: leaves have no selection set, other fields have a non-empty one.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var field = (FieldNode)node;
        if (Context.TypeInfo.Type is not { } type)
        {
            return true;
        }

        var name = field.Name.Value;
        if (type.NamedType().IsLeafType())
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Report($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            Report(
                $"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?",
                field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            Report($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }

        return true;
    }
}
