using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

internal sealed partial class FieldConflictFinder
{
    private FieldConflict? FindConflict(bool parentsExclusive, string responseName, FieldAndDef field1, FieldAndDef field2)
    {
        // Fields on two different object types can never apply to the same object, so only their types must agree.
        var exclusive = parentsExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        var (node1, node2) = (field1.Node, field2.Node);
        if (!exclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return Simple(responseName, $"\"{node1.Name.Value}\" and \"{node2.Name.Value}\" are different fields", field1, field2);
            }

            if (!SameArguments(node1, node2))
            {
                return Simple(responseName, "they have differing arguments", field1, field2);
            }
        }

        var (type1, type2) = (field1.Definition?.Type, field2.Definition?.Type);
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return Simple(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", field1, field2);
        }

        if (node1.SelectionSet is not { } set1 || node2.SelectionSet is not { } set2)
        {
            return null;
        }

        using var scope = guard.Enter();
        var sub = FindBetweenSubSelectionSets(exclusive, type1?.NamedType(), set1, type2?.NamedType(), set2);
        if (sub.Count == 0)
        {
            return null;
        }

        return new FieldConflict(
            responseName,
            new ConflictReason(null, [.. sub.Select(c => (c.ResponseName, c.Reason))]),
            [node1, .. sub.SelectMany(c => c.Fields1)],
            [node2, .. sub.SelectMany(c => c.Fields2)]);
    }

    private static FieldConflict Simple(string responseName, string reason, FieldAndDef field1, FieldAndDef field2) =>
        new(responseName, new ConflictReason(reason, null), [field1.Node], [field2.Node]);
}
