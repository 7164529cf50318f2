using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// A fixed list of rules and, worked out once, which of them each node kind goes to: a validation only creates the
/// rules themselves, which are small until a document gives them something to remember.
/// </summary>
internal sealed class RuleSet(Func<ValidationContext, ValidationRule>[] factories)
{
    private int[][]? rulesByKind;

    /// <summary>Creates the rules for one validation.</summary>
    public ValidationRule[] Create(ValidationContext context)
    {
        var rules = new ValidationRule[factories.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            rules[i] = factories[i](context);
        }

        return rules;
    }

    /// <summary>
    /// Indexes into rules made by <see cref="Create"/>, per <see cref="SyntaxKind"/>. Kinds are fixed per rule type,
    /// so the first rules made tell them for good (two threads racing here compute the same table).
    /// </summary>
    public int[][] RulesByKind(ValidationRule[] rules) => rulesByKind ??= Compute(rules);

    private static int[][] Compute(ValidationRule[] rules)
    {
        var byKind = new int[Enum.GetValues<SyntaxKind>().Length][];
        for (var kind = 0; kind < byKind.Length; kind++)
        {
            byKind[kind] = [.. Enumerable.Range(0, rules.Length).Where(i => rules[i].Kinds.Contains((SyntaxKind)kind))];
        }

        return byKind;
    }
}
