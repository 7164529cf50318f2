using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.2.2.1 Lone Anonymous Operation: a shorthand or unnamed operation must be the only one.</summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Document];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var operations = ((DocumentNode)node).Definitions.OfType<OperationDefinitionNode>().ToList();
        if (operations.Count > 1)
        {
            foreach (var operation in operations.Where(o => o.Name is null))
            {
                Report("This anonymous operation must be the only defined operation.", operation);
            }
        }

        return false;
    }
}
