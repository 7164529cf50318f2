namespace Bff.GraphQL.Validation;

internal sealed partial class FieldConflictFinder
{
    private void CollectWithin(List<FieldConflict> conflicts, FieldMap map)
    {
        if (!map.HasRepeats)
        {
            return;
        }

        for (var n = 0; n < map.NameCount; n++)
        {
            var responseName = map.NameAt(n);
            var fields = map.Named(responseName)!;
            if (fields.Count < 2)
            {
                continue;
            }

            var groups = FieldGroups.Of(fields);
            for (var g = 0; g < groups.Count; g++)
            {
                // Within one group every pair compares alike; across groups, representatives stand for their groups.
                if (groups[g].Count > 1 && FindConflict(false, responseName, groups[g][0], groups[g][1]) is { } inGroup)
                {
                    AddPairs(conflicts, inGroup, false, groups[g], groups[g], within: true);
                }

                for (var h = g + 1; h < groups.Count; h++)
                {
                    if (FindConflict(false, responseName, groups[g][0], groups[h][0]) is { } across)
                    {
                        AddPairs(conflicts, across, false, groups[g], groups[h], within: false);
                    }
                }
            }
        }
    }

    private void CollectBetween(List<FieldConflict> conflicts, bool exclusive, FieldMap map1, FieldMap map2)
    {
        for (var n = 0; n < map1.NameCount; n++)
        {
            var responseName = map1.NameAt(n);
            if (!map2.Contains(responseName))
            {
                continue;
            }

            var fields2 = map2.Named(responseName)!;
            var groups1 = FieldGroups.Of(map1.Named(responseName)!);
            var groups2 = FieldGroups.Of(fields2);
            foreach (var group1 in groups1)
            {
                foreach (var group2 in groups2)
                {
                    if (FindConflict(exclusive, responseName, group1[0], group2[0]) is { } first)
                    {
                        AddPairs(conflicts, first, exclusive, group1, group2, within: false);
                    }
                }
            }
        }
    }

    // The representatives' conflict is kept; every other pair is compared for its own nodes. Past the error limit
    // the rest would be dropped anyway, so comparing stops there.
    private void AddPairs(
        List<FieldConflict> conflicts, FieldConflict first, bool exclusive,
        List<FieldAndDef> group1, List<FieldAndDef> group2, bool within)
    {
        conflicts.Add(first);
        for (var i = 0; i < group1.Count; i++)
        {
            for (var j = within ? i + 1 : 0; j < group2.Count; j++)
            {
                if (conflicts.Count > context.Options.MaxErrors)
                {
                    return;
                }

                if ((i, j) != (0, within ? 1 : 0)
                    && FindConflict(exclusive, first.ResponseName, group1[i], group2[j]) is { } conflict)
                {
                    conflicts.Add(conflict);
                }
            }
        }
    }
}
