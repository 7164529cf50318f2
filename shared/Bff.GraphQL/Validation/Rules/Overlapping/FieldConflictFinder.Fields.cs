using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

internal sealed partial class FieldConflictFinder
{
    private readonly Dictionary<SelectionSetNode, FieldMap> fieldMaps = new(ReferenceEqualityComparer.Instance);

    private FieldMap GetFieldMap(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!fieldMaps.TryGetValue(selectionSet, out var map))
        {
            map = new FieldMap();
            Collect(parentType, selectionSet, map);
            fieldMaps[selectionSet] = map;
        }

        return map;
    }

    private FieldMap? GetFragmentFieldMap(string fragmentName)
    {
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return null;
        }

        return fieldMaps.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldMap(context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType, fragment.SelectionSet);
    }

    // Recursion follows inline fragments only, so it is bounded by the parser's nesting limit.
    private void Collect(NamedType? parentType, SelectionSetNode selectionSet, FieldMap map)
    {
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    OutputField? definition = null;
                    (parentType as ComplexType)?.Fields.TryGetValue(field.Name.Value, out definition);
                    map.Add(new FieldAndDef(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    map.AddFragment(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is { } condition
                        ? context.Schema.TypeFromAst(condition) as NamedType
                        : parentType;
                    Collect(type, inline.SelectionSet, map);
                    break;
            }
        }
    }

    private static bool SameArguments(FieldNode field1, FieldNode field2)
    {
        var args1 = field1.Arguments;
        var args2 = field2.Arguments;
        if (args1.Count == 0 || args2.Count == 0)
        {
            return args1.Count == args2.Count;
        }

        if (args1.Count != args2.Count)
        {
            return false;
        }

        return args1.All(arg1 => args2.LastOrDefault(a => a.Name.Value == arg1.Name.Value) is { } arg2
            && CanonicalValue.Print(arg1.Value) == CanonicalValue.Print(arg2.Value));
    }

    // Two types conflict when no value could be of both: differing list or non-null wrapping, or different leaves.
    private static bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (type1 is ListType || type2 is ListType)
            {
                if (type1 is not ListType list1 || type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
            }
            else if (type1 is NonNullType || type2 is NonNullType)
            {
                if (type1 is not NonNullType nonNull1 || type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
            }
            else
            {
                return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
            }
        }
    }
}
