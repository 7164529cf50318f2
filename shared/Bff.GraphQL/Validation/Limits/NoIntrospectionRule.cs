using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Rejects <c>__schema</c> and <c>__type</c> when <see cref="ValidationOptions.AllowIntrospection"/> is false.</summary>
internal sealed class NoIntrospectionRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (((FieldNode)node).Name.Value is "__schema" or "__type")
        {
            Context.ReportError(Name, "Introspection is disabled.", [node], ValidationErrorCodes.IntrospectionDisabled);
            return false;
        }

        return true;
    }
}
