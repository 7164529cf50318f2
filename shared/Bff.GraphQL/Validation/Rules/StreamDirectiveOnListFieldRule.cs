using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>graphql-js 17's rule: <c>@stream</c> only on fields of list type.</summary>
internal sealed class StreamDirectiveOnListFieldRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Directive];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var directive = (DirectiveNode)node;
        if (directive.Name.Value == DeferStreamDirectives.Stream
            && Context.Schema.GetDirective(DeferStreamDirectives.Stream) is not null
            && Context.TypeInfo.FieldDef is { } field && Context.TypeInfo.ParentType is { } parent
            && field.Type is not (ListType or NonNullType { OfType: ListType }))
        {
            Report($"Directive \"@stream\" cannot be used on non-list field \"{parent.Name}.{field.Name}\".", directive);
        }

        return true;
    }
}
