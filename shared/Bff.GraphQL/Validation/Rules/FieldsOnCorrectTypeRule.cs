using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Spec 5.3.1 Field Selections: a field exists on its parent type. Hints first at types that have the field (for
/// interfaces and unions), then at similarly spelled fields, as graphql-js does.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field];

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        if (Context.TypeInfo.ParentType is not { } type || Context.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var name = ((FieldNode)node).Name.Value;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(type, name), "to use an inline fragment on");
        if (suggestion.Length == 0 && type is ComplexType complex)
        {
            suggestion = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Select(f => f.Name)));
        }

        Report($"Cannot query field \"{name}\" on type \"{type.Name}\"." + suggestion, node);
        return true;
    }

    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var usage = new Dictionary<ComplexType, int>();
        var order = new List<ComplexType>();
        foreach (var possible in Context.Schema.GetPossibleTypes(type).Where(t => t.Fields.Contains(fieldName)))
        {
            Count(possible, usage, order, reset: true);
            foreach (var iface in possible.Interfaces.Where(i => i.Fields.Contains(fieldName)))
            {
                Count(iface, usage, order, reset: false);
            }
        }

        // graphql-js sorts with a comparator that is not a total order; a stable insertion sort keeps its results.
        for (var i = 1; i < order.Count; i++)
        {
            for (var j = i; j > 0 && Compare(order[j - 1], order[j], usage) > 0; j--)
            {
                (order[j - 1], order[j]) = (order[j], order[j - 1]);
            }
        }

        return [.. order.Select(t => t.Name)];
    }

    private static void Count(ComplexType type, Dictionary<ComplexType, int> usage, List<ComplexType> order, bool reset)
    {
        if (!usage.ContainsKey(type))
        {
            order.Add(type);
        }

        usage[type] = reset ? 1 : usage.GetValueOrDefault(type) + 1;
    }

    private int Compare(ComplexType a, ComplexType b, Dictionary<ComplexType, int> usage)
    {
        var byUsage = usage[b] - usage[a];
        if (byUsage != 0)
        {
            return byUsage;
        }

        // Super types first, then subtypes.
        if (a is InterfaceType && Context.Schema.IsSubType(a, b))
        {
            return -1;
        }

        if (b is InterfaceType && Context.Schema.IsSubType(b, a))
        {
            return 1;
        }

        return NaturalComparer.Instance.Compare(a.Name, b.Name);
    }
}
