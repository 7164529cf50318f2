using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// graphql-js 17's rule: a subscription has no <c>@defer</c>/<c>@stream</c> that cannot be turned off (an
/// <c>if</c> that is a variable or <c>false</c>); each event is one result.
/// </summary>
internal sealed class DeferStreamDirectiveOnValidOperationsRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.OperationDefinition];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var operation = (OperationDefinitionNode)node;
        if (operation.Operation == OperationType.Subscription && DeferStreamDirectives.AreEnabled(Context))
        {
            Check(operation.SelectionSet, [], new HashSet<string>(StringComparer.Ordinal));
        }

        return true;
    }

    private void Check(SelectionSetNode selectionSet, List<SyntaxNode> parents, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (CanBeSkipped(selection))
            {
                continue;
            }

            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name is DeferStreamDirectives.Defer or DeferStreamDirectives.Stream && !CanBeFalse(directive))
                {
                    var which = name == DeferStreamDirectives.Defer ? "Defer" : "Stream";
                    Report($"{which} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.",
                        [directive, .. Enumerable.Reverse(parents)]);
                }
            }

            if (selection is FragmentSpreadNode spread)
            {
                if (visited.Add(spread.Name.Value) && Context.GetFragment(spread.Name.Value) is { } fragment)
                {
                    parents.Add(spread);
                    Check(fragment.SelectionSet, parents, visited);
                    parents.RemoveAt(parents.Count - 1);
                }
            }
            else if (selection switch { FieldNode f => f.SelectionSet, InlineFragmentNode i => i.SelectionSet, _ => null } is { } inner)
            {
                Check(inner, parents, visited);
            }
        }
    }

    private static bool CanBeFalse(DirectiveNode directive) =>
        DeferStreamDirectives.Argument(directive, "if") is VariableNode or BooleanValueNode { Value: false };

    private static bool CanBeSkipped(SelectionNode selection)
    {
        var skip = DeferStreamDirectives.Find(selection.Directives, "skip");
        if (skip is not null && DeferStreamDirectives.Argument(skip, "if") is not BooleanValueNode { Value: false })
        {
            return true;
        }

        var include = DeferStreamDirectives.Find(selection.Directives, "include");
        return include is not null && DeferStreamDirectives.Argument(include, "if") is not (null or BooleanValueNode { Value: true });
    }
}
