using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>graphql-js 17's rule: a <c>@defer</c>/<c>@stream</c> label is a string literal, unique in the document.</summary>
internal sealed class DeferStreamDirectiveLabelRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Directive];
    private readonly bool enabled = DeferStreamDirectives.AreEnabled(context);
    private readonly Dictionary<string, DirectiveNode> knownLabels = new(StringComparer.Ordinal);

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var directive = (DirectiveNode)node;
        if (!enabled || directive.Name.Value is not (DeferStreamDirectives.Defer or DeferStreamDirectives.Stream)
            || DeferStreamDirectives.Argument(directive, "label") is not { } label || label is NullValueNode)
        {
            return true;
        }

        if (label is not StringValueNode text)
        {
            Report($"Argument \"@{directive.Name.Value}(label:)\" must be a static string.", directive);
        }
        else if (knownLabels.TryGetValue(text.Value, out var known))
        {
            Report("Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", known, directive);
        }
        else
        {
            knownLabels[text.Value] = directive;
        }

        return true;
    }
}
