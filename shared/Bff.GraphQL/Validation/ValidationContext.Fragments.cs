using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

internal sealed partial class ValidationContext
{
    // Nodes are records with structural equality; caches must key on identity, both for speed and correctness.
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> referenced = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> usages = new(ReferenceEqualityComparer.Instance);
    private VariableUsageCollector? usageCollector;

    /// <summary>Every fragment spread inside the selection set, at any depth, without following the spreads.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (spreads.TryGetValue(selectionSet, out var found))
        {
            return found;
        }

        found = [];
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(selectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: found.Add(spread); break;
                    case FieldNode { SelectionSet: { } inner }: toVisit.Push(inner); break;
                    case InlineFragmentNode inline: toVisit.Push(inline.SelectionSet); break;
                }
            }
        }

        spreads[selectionSet] = found;
        return found;
    }

    /// <summary>The known fragments an operation uses, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (referenced.TryGetValue(operation, out var found))
        {
            return found;
        }

        found = [];
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var toVisit = new Stack<SelectionSetNode>();
        toVisit.Push(operation.SelectionSet);
        while (toVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                if (collected.Add(spread.Name.Value) && GetFragment(spread.Name.Value) is { } fragment)
                {
                    found.Add(fragment);
                    toVisit.Push(fragment.SelectionSet);
                }
            }
        }

        referenced[operation] = found;
        return found;
    }

    /// <summary>The variables used in one operation or fragment (not in variable definitions), with their types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (!usages.TryGetValue(definition, out var found))
        {
            var collector = usageCollector ??= new VariableUsageCollector(new TypeInfo(Schema));
            collector.TypeInfo.Reset(Schema);
            SyntaxWalker.Walk(definition, collector.TypeInfo, collector, ancestors: null);
            usages[definition] = found = collector.Take();
        }

        return found;
    }

    /// <summary>The variables used by an operation and every fragment it uses, in that order.</summary>
    public RecursiveVariableUsages GetRecursiveVariableUsages(OperationDefinitionNode operation) =>
        new(this, operation);

    private void ClearFragmentCaches()
    {
        spreads.Clear();
        referenced.Clear();
        usages.Clear();
    }
}
