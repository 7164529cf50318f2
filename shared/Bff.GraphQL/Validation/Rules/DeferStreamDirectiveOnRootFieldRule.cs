using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// graphql-js 17's rule: no <c>@defer</c> on fragments selecting root fields of a mutation or subscription, no
/// <c>@stream</c> on such root fields (their order and single event leave nothing to defer).
/// </summary>
internal sealed class DeferStreamDirectiveOnRootFieldRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation is not (OperationType.Mutation or OperationType.Subscription)
            || !DeferStreamDirectives.AreEnabled(Context)
            || Context.Schema.GetRootType(operation.Operation) is not { } root)
        {
            return true;
        }

        var kind = operation.Operation == OperationType.Mutation ? "mutation" : "subscription";
        Check(operation.SelectionSet, kind, root.Name, new HashSet<string>(StringComparer.Ordinal));
        return true;
    }

    private void Check(SelectionSetNode selectionSet, string kind, string root, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when DeferStreamDirectives.Find(field.Directives, DeferStreamDirectives.Stream) is { } stream:
                    Report($"Stream directive cannot be used on root {kind} type \"{root}\".", stream);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment:
                    ReportDefer(spread.Directives, kind, root);
                    Check(fragment.SelectionSet, kind, root, visited);
                    break;
                case InlineFragmentNode inline:
                    ReportDefer(inline.Directives, kind, root);
                    Check(inline.SelectionSet, kind, root, visited);
                    break;
            }
        }
    }

    private void ReportDefer(IReadOnlyList<DirectiveNode> directives, string kind, string root)
    {
        if (DeferStreamDirectives.Find(directives, DeferStreamDirectives.Defer) is { } defer)
        {
            Report($"Defer directive cannot be used on root {kind} type \"{root}\".", defer);
        }
    }
}
