using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// The spec's CollectFields for a root selection set without variable values (graphql-js's <c>collectFields</c> as
/// <see cref="SingleFieldSubscriptionsRule"/> uses it): fields grouped by response name in order of appearance.
/// </summary>
internal static class RootFieldCollector
{
    public static List<List<FieldNode>> Collect(ValidationContext context, ObjectType type, SelectionSetNode selectionSet)
    {
        var groups = new List<List<FieldNode>>();
        var byName = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionNode>(selectionSet.Selections.Reverse());
        while (pending.TryPop(out var selection))
        {
            if (!IsIncluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (!byName.TryGetValue(field.ResponseName, out var group))
                    {
                        byName[field.ResponseName] = group = [];
                        groups.Add(group);
                    }

                    group.Add(field);
                    break;
                case InlineFragmentNode inline when Matches(context.Schema, inline.TypeCondition, type):
                    PushAll(pending, inline.SelectionSet);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && context.GetFragment(spread.Name.Value) is { } fragment
                    && Matches(context.Schema, fragment.TypeCondition, type):
                    PushAll(pending, fragment.SelectionSet);
                    break;
            }
        }

        return groups;
    }

    private static void PushAll(Stack<SelectionNode> pending, SelectionSetNode set)
    {
        for (var i = set.Selections.Count - 1; i >= 0; i--)
        {
            pending.Push(set.Selections[i]);
        }
    }

    // Only literal conditions are known while validating; a variable condition counts as included.
    private static bool IsIncluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
            if ((directive.Name.Value == "skip" && condition is { Value: true })
                || (directive.Name.Value == "include" && condition is { Value: false }))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditionType, type)
            || (conditionType is not null && conditionType.IsAbstractType() && schema.IsSubType(conditionType, type));
    }
}
