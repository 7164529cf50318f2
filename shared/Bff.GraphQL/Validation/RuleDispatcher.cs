using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Runs many rules in one walk (graphql-js's <c>visitInParallel</c>): each node goes only to the rules that asked for
/// its kind, and a rule that skips a subtree is left out until the walk leaves that subtree. A rule whose analysis
/// is too deep to finish (see <see cref="RecursionGuard"/>) reports it once and is switched off; the others go on.
/// </summary>
internal sealed class RuleDispatcher : ISyntaxVisitor
{
    private readonly List<int>[] byKind;
    private readonly ValidationRule[] rules;
    private readonly SyntaxNode?[] skipping;
    private readonly bool[] disabled;
    private readonly ValidationContext context;

    public RuleDispatcher(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        this.context = context;
        this.rules = [.. rules];
        skipping = new SyntaxNode?[this.rules.Length];
        disabled = new bool[this.rules.Length];
        byKind = new List<int>[Enum.GetValues<SyntaxKind>().Length];
        for (var k = 0; k < byKind.Length; k++)
        {
            byKind[k] = [];
        }

        for (var i = 0; i < this.rules.Length; i++)
        {
            foreach (var kind in this.rules[i].Kinds.Distinct())
            {
                byKind[(int)kind].Add(i);
            }
        }
    }

    public bool Enter(SyntaxNode node)
    {
        foreach (var i in byKind[(int)node.Kind])
        {
            if (skipping[i] is null && !disabled[i] && !Run(i, () => rules[i].Enter(node)))
            {
                skipping[i] = node;
            }
        }

        return true;
    }

    public void Leave(SyntaxNode node)
    {
        foreach (var i in byKind[(int)node.Kind])
        {
            if (skipping[i] is null && !disabled[i])
            {
                Run(i, () =>
                {
                    rules[i].Leave(node);
                    return true;
                });
            }
            else if (ReferenceEquals(skipping[i], node))
            {
                skipping[i] = null;
            }
        }
    }

    private bool Run(int rule, Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (DocumentTooComplexException tooComplex)
        {
            disabled[rule] = true;
            context.ReportError(rules[rule].Name, tooComplex.Message, [], code: null);
            return true;
        }
    }
}
