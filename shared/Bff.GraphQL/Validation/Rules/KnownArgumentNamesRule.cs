using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>Spec 5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
internal sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Argument, SyntaxKind.Directive];


    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (node is DirectiveNode directive)
        {
            CheckDirective(directive);
            return false; // Directive arguments are done; the field's arguments must not be searched for them.
        }

        var typeInfo = Context.TypeInfo;
        if (typeInfo.Argument is null && typeInfo.FieldDef is { } field && typeInfo.ParentType is { } parent)
        {
            var name = ((ArgumentNode)node).Name.Value;
            var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
            Report($"Unknown argument \"{name}\" on field \"{parent.Name}.{field.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        return true;
    }

    private void CheckDirective(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (!Context.Directives.TryGetValue(name, out var shape))
        {
            return;
        }

        foreach (var argument in directive.Arguments.Where(a => !shape.Arguments.Contains(a.Name.Value)))
        {
            var suggestions = Suggestions.List(argument.Name.Value, shape.Arguments);
            Report(
                $"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"." + Suggestions.DidYouMean(suggestions),
                argument);
        }
    }
}
