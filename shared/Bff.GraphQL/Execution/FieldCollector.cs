using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Execution;

/// <summary>
/// CollectFields (spec 6.3.2): the fields a selection set selects on a concrete object type, grouped by response
/// key in document order, honouring <c>@skip</c>, <c>@include</c> and fragment type conditions.
/// </summary>
internal sealed class FieldCollector(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    /// <summary>True once an <c>@skip</c> or <c>@include</c> read a variable: what was collected holds for this request only.</summary>
    public bool ConsultedVariables { get; set; }

    public Dictionary<string, List<FieldNode>> Collect(ObjectType objectType, SelectionSetNode selectionSet)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        Collect(objectType, selectionSet, grouped, visitedFragments: null);
        return grouped;
    }

    /// <summary>Collects the sub-fields of every field node of one response key (spec 6.4.3 CollectSubfields).</summary>
    public Dictionary<string, List<FieldNode>> CollectSubfields(ObjectType objectType, IReadOnlyList<FieldNode> fields)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        HashSet<string>? visited = null;
        foreach (var field in fields)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                Collect(objectType, selectionSet, grouped, visited ??= new HashSet<string>(StringComparer.Ordinal));
            }
        }

        return grouped;
    }

    private void Collect(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> grouped,
        HashSet<string>? visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseName;
                    if (!grouped.TryGetValue(key, out var list))
                    {
                        grouped[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    visitedFragments ??= new HashSet<string>(StringComparer.Ordinal);
                    if (visitedFragments.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name.Value))
                    {
                        Collect(objectType, fragment.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(objectType, inline.TypeCondition.Name.Value))
                    {
                        Collect(objectType, inline.SelectionSet, grouped, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(ObjectType objectType, string typeCondition) =>
        objectType.Name == typeCondition
        || (schema.GetType(typeCondition) is { } conditionType and (InterfaceType or UnionType)
            && schema.IsPossibleType(conditionType, objectType));

    private bool ShouldInclude(SelectionNode selection)
    {
        var directives = selection.Directives;
        for (var i = 0; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            if ((name == "skip" && IfArgument(directives[i])) || (name == "include" && !IfArgument(directives[i])))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsTrue(VariableNode variable)
    {
        ConsultedVariables = true;
        return variables.TryGetValue(variable.Name.Value, out var value) && value is true;
    }

    private bool IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode boolean => boolean.Value,
                    VariableNode variable => IsTrue(variable),
                    _ => throw new GraphQLException($"Directive \"@{directive.Name.Value}\" argument \"if\" must be a Boolean."),
                };
            }
        }

        throw new GraphQLException($"Directive \"@{directive.Name.Value}\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.");
    }
}
