using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Splits the fields of one response name into groups of identical selections (same parent type, definition and
/// printed text). Identical fields compare alike, so thousands of copies of one field cost one comparison instead
/// of millions. Short lists are left as one field per group, which is what graphql-js compares.
/// </summary>
internal static class FieldGroups
{
    private const int GroupingThreshold = 8;

    public static List<List<FieldAndDef>> Of(List<FieldAndDef> fields)
    {
        if (fields.Count <= GroupingThreshold)
        {
            return [.. fields.Select(f => new List<FieldAndDef> { f })];
        }

        var groups = new List<List<FieldAndDef>>();
        var byKey = new Dictionary<(object?, object?, string), List<FieldAndDef>>();
        foreach (var field in fields)
        {
            var key = ((object?)field.ParentType, (object?)field.Definition, Printer.Print(field.Node));
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = [];
                groups.Add(group);
            }

            group.Add(field);
        }

        return groups;
    }
}
