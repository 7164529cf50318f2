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

    /// <summary>
    /// Set when executing with incremental delivery: fragments with an active <c>@defer</c> are put here instead of
    /// being collected; null collects them as if <c>if: false</c>.
    /// </summary>
    public List<Incremental.DeferredSpec>? Deferred { get; set; }

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
                    if (Deferred is not null && IsDeferred(spread, out var spreadLabel))
                    {
                        // A deferred spread marks nothing visited: graphql-js collects it even after a plain one.
                        if (fragments.TryGetValue(spread.Name.Value, out var deferredFragment)
                            && DoesFragmentTypeApply(objectType, deferredFragment.TypeCondition.Name.Value))
                        {
                            Deferred.Add(new(spreadLabel, deferredFragment.SelectionSet));
                        }
                    }
                    else if (visitedFragments.Add(spread.Name.Value)
                        && fragments.TryGetValue(spread.Name.Value, out var fragment)
                        && DoesFragmentTypeApply(objectType, fragment.TypeCondition.Name.Value))
                    {
                        Collect(objectType, fragment.SelectionSet, grouped, visitedFragments);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is not null && !DoesFragmentTypeApply(objectType, inline.TypeCondition.Name.Value))
                    {
                        break;
                    }

                    if (Deferred is not null && IsDeferred(inline, out var inlineLabel))
                    {
                        Deferred.Add(new(inlineLabel, inline.SelectionSet));
                    }
                    else
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

    /// <summary>True when <paramref name="selection"/> has <c>@defer</c> whose <c>if</c> is true (or left out).</summary>
    private bool IsDeferred(SelectionNode selection, out string? label)
    {
        label = null;
        foreach (var directive in selection.Directives)
        {
            if (directive.Name.Value == "defer")
            {
                label = (Argument(directive, "label") as StringValueNode)?.Value;
                return Argument(directive, "if") is not { } condition || Condition(directive, condition);
            }
        }

        return false;
    }

    /// <summary>The <c>@stream</c> of a field node, when executing with incremental delivery and its <c>if</c> holds.</summary>
    public (int InitialCount, string? Label)? StreamOf(FieldNode field)
    {
        foreach (var directive in field.Directives)
        {
            if (directive.Name.Value != "stream"
                || (Argument(directive, "if") is { } condition && !Condition(directive, condition)))
            {
                continue;
            }

            var count = Argument(directive, "initialCount") switch
            {
                null => 0,
                IntValueNode literal => int.Parse(literal.Value, System.Globalization.CultureInfo.InvariantCulture),
                VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) && value is int n ? n : 0,
                _ => 0,
            };
            return (count, (Argument(directive, "label") as StringValueNode)?.Value);
        }

        return null;
    }

    private static ValueNode? Argument(DirectiveNode directive, string name)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private bool Condition(DirectiveNode directive, ValueNode value) => value switch
    {
        BooleanValueNode boolean => boolean.Value,
        VariableNode variable => IsTrue(variable),
        _ => throw new GraphQLException($"Directive \"@{directive.Name.Value}\" argument \"if\" must be a Boolean."),
    };
}
