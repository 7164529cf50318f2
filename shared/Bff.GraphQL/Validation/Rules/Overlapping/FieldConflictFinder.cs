using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// graphql-js's algorithm for spec 5.3.2 Field Selection Merging. Field maps are cached per selection set and
/// compared pairs of (field map, fragment) and (fragment, fragment) are remembered, so fragments spread many times
/// are compared once; large groups of identical fields are compared once per group (see <see cref="FieldGroups"/>).
/// </summary>
internal sealed partial class FieldConflictFinder(ValidationContext context)
{
    private readonly ComparedPairs<FieldMap> comparedFieldsAndFragments = new(ReferenceEqualityComparer.Instance);
    private readonly FragmentPairs comparedFragments = new();
    private readonly RecursionGuard guard = new();

    private List<FieldConflict>? found;

    /// <summary>The conflicts within one selection set; the list is reused by the next call.</summary>
    public List<FieldConflict> FindWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = found ??= [];
        conflicts.Clear();
        var fieldMap = GetFieldMap(parentType, selectionSet);
        CollectWithin(conflicts, fieldMap);
        var names = fieldMap.FragmentNames;
        for (var i = 0; i < names.Count; i++)
        {
            CollectBetweenFieldsAndFragment(conflicts, false, fieldMap, names[i]);
            for (var j = i + 1; j < names.Count; j++)
            {
                CollectBetweenFragments(conflicts, false, names[i], names[j]);
            }
        }

        return conflicts;
    }

    private void CollectBetweenFieldsAndFragment(
        List<FieldConflict> conflicts, bool exclusive, FieldMap fieldMap, string fragmentName)
    {
        if (comparedFieldsAndFragments.Has(fieldMap, fragmentName, exclusive))
        {
            return;
        }

        comparedFieldsAndFragments.Add(fieldMap, fragmentName, exclusive);
        if (GetFragmentFieldMap(fragmentName) is not { } fragmentMap || ReferenceEquals(fieldMap, fragmentMap))
        {
            return;
        }

        using var scope = guard.Enter();
        CollectBetween(conflicts, exclusive, fieldMap, fragmentMap);
        var referenced = fragmentMap.FragmentNames;
        for (var i = 0; i < referenced.Count; i++)
        {
            CollectBetweenFieldsAndFragment(conflicts, exclusive, fieldMap, referenced[i]);
        }
    }

    private void CollectBetweenFragments(List<FieldConflict> conflicts, bool exclusive, string name1, string name2)
    {
        if (name1 == name2 || comparedFragments.Has(name1, name2, exclusive))
        {
            return;
        }

        comparedFragments.Add(name1, name2, exclusive);
        if (GetFragmentFieldMap(name1) is not { } map1 || GetFragmentFieldMap(name2) is not { } map2)
        {
            return;
        }

        using var scope = guard.Enter();
        CollectBetween(conflicts, exclusive, map1, map2);
        foreach (var referenced in map2.FragmentNames)
        {
            CollectBetweenFragments(conflicts, exclusive, name1, referenced);
        }

        foreach (var referenced in map1.FragmentNames)
        {
            CollectBetweenFragments(conflicts, exclusive, referenced, name2);
        }
    }

    private List<FieldConflict> FindBetweenSubSelectionSets(
        bool exclusive, NamedType? parentType1, SelectionSetNode set1, NamedType? parentType2, SelectionSetNode set2)
    {
        var conflicts = new List<FieldConflict>();
        var map1 = GetFieldMap(parentType1, set1);
        var map2 = GetFieldMap(parentType2, set2);
        CollectBetween(conflicts, exclusive, map1, map2);
        foreach (var name in map2.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, exclusive, map1, name);
        }

        foreach (var name in map1.FragmentNames)
        {
            CollectBetweenFieldsAndFragment(conflicts, exclusive, map2, name);
        }

        foreach (var name1 in map1.FragmentNames)
        {
            foreach (var name2 in map2.FragmentNames)
            {
                CollectBetweenFragments(conflicts, exclusive, name1, name2);
            }
        }

        return conflicts;
    }
}
