using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Depth and estimated cost of one operation, following fragment spreads. Each fragment is measured once per
/// operation and reused at every spread; a fragment spread twice in one selection set counts once, as execution
/// collects it once. Cost is a double, so fan-out saturates towards infinity instead of overflowing.
/// </summary>
internal sealed class SelectionMetrics(ValidationContext context, OperationDefinitionNode operation, FieldCosts costs)
{
    private readonly Dictionary<string, (int Depth, double Cost)?> fragments = new(StringComparer.Ordinal);
    private readonly RecursionGuard guard = new();

    public (int Depth, double Cost) Measure()
    {
        HashSet<string>? spread = null;
        return Measure(context.Schema.GetRootType(operation.Operation), operation.SelectionSet, ref spread);
    }

    // The fragments already spread in one selection set (inline fragments included), made on its first spread.
    private (int Depth, double Cost) Measure(NamedType? parentType, SelectionSetNode selectionSet, ref HashSet<string>? spread)
    {
        using var scope = guard.Enter();
        int depth = 0;
        double cost = 0;
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            var (d, c) = selections[i] switch
            {
                FieldNode field => MeasureField(parentType, field),
                InlineFragmentNode inline => Measure(
                    inline.TypeCondition is { } condition ? context.Schema.GetType(condition.Name.Value) : parentType,
                    inline.SelectionSet,
                    ref spread),
                FragmentSpreadNode fragmentSpread when (spread ??= new HashSet<string>(StringComparer.Ordinal)).Add(fragmentSpread.Name.Value) =>
                    MeasureFragment(fragmentSpread.Name.Value),
                _ => (0, 0),
            };
            depth = Math.Max(depth, d);
            cost += c;
        }

        return (depth, cost);
    }

    private (int Depth, double Cost) MeasureField(NamedType? parentType, FieldNode field)
    {
        var definition = TypeInfo.FieldDefinition(context.Schema, parentType, field.Name.Value);
        if (field.SelectionSet is null)
        {
            return (1, costs.Weight(definition));
        }

        HashSet<string>? spread = null;
        var (depth, cost) = Measure(definition?.Type.NamedType(), field.SelectionSet, ref spread);

        // Introspection is answered from the schema in memory: one unit, however much it selects.
        var isIntrospection = field.Name.Value is "__schema" or "__type";
        var total = isIntrospection ? 1 : costs.Weight(definition) + (costs.ListSize(definition, field, operation) * cost);
        return (depth + 1, total);
    }

    private (int Depth, double Cost) MeasureFragment(string name)
    {
        if (fragments.TryGetValue(name, out var known))
        {
            return known ?? (0, 0); // null: being measured, a cycle that NoFragmentCyclesRule reports.
        }

        if (context.GetFragment(name) is not { } fragment)
        {
            return (0, 0);
        }

        fragments[name] = null;
        HashSet<string>? spread = null;
        var measured = Measure(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, ref spread);
        fragments[name] = measured;
        return measured;
    }
}
