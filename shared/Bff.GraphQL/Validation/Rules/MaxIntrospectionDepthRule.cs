using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// graphql-js 16's recommended rule (part of its <c>specifiedRules</c>): an introspection query may nest the list
/// fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> at most twice. Each fragment
/// is measured once, so fragments spread many times cannot make the check expensive.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly SyntaxKind[] KindList = [SyntaxKind.Field];

    private const int MaxListsDepth = 3;

    // Made only for introspection fields.
    private Dictionary<string, int?>? fragments;
    private RecursionGuard? guard;

    public override IReadOnlyList<SyntaxKind> Kinds => KindList;

    public override bool Enter(SyntaxNode node)
    {
        var field = (FieldNode)node;
        if (field.Name.Value is "__schema" or "__type" && field.SelectionSet is { } set && ListDepth(set) >= MaxListsDepth)
        {
            Report("Maximum introspection depth exceeded", field);
            return false;
        }

        return true;
    }

    private int ListDepth(SelectionSetNode selectionSet)
    {
        using var scope = (guard ??= new()).Enter();
        var deepest = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" ? 1 : 0)
                    + (field.SelectionSet is { } inner ? ListDepth(inner) : 0),
                InlineFragmentNode inline => ListDepth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private int FragmentDepth(string name)
    {
        fragments ??= new Dictionary<string, int?>(StringComparer.Ordinal);
        if (fragments.TryGetValue(name, out var known))
        {
            return known ?? 0; // null: being measured (a cycle, reported by NoFragmentCyclesRule).
        }

        if (Context.GetFragment(name) is not { } fragment)
        {
            return 0;
        }

        fragments[name] = null;
        var depth = ListDepth(fragment.SelectionSet);
        fragments[name] = depth;
        return depth;
    }
}
