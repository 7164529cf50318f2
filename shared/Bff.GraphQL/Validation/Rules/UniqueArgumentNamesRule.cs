using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.4.2 Argument Uniqueness, on fields and directives.</summary>
internal sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field, SyntaxKind.Directive];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var arguments = node is FieldNode field ? field.Arguments : ((DirectiveNode)node).Arguments;
        if (arguments.Count > 1)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal).Where(g => g.Skip(1).Any()))
            {
                Report($"There can be only one argument named \"{group.Key}\".", group.Select(a => a.Name));
            }
        }

        return true;
    }
}
