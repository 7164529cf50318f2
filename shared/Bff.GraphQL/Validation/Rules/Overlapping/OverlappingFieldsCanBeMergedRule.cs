using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response name can be merged into one execution
/// (same field and arguments unless their parents are exclusive, compatible types, mergeable subfields).
/// </summary>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.SelectionSet];

    private readonly FieldConflictFinder finder = new(context);

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        foreach (var conflict in finder.FindWithinSelectionSet(Context.TypeInfo.ParentType, (SelectionSetNode)node))
        {
            Report(
                $"Fields \"{conflict.ResponseName}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }
}
