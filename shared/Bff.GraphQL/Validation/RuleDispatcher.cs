using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Runs many rules in one walk (graphql-js's <c>visitInParallel</c>): each node goes only to the rules that asked for
/// its kind, and a rule that skips a subtree is left out until the walk leaves that subtree. A rule whose analysis
/// is too deep to finish (see <see cref="RecursionGuard"/>) reports it once and is switched off; the others go on.
/// </summary>
internal sealed class RuleDispatcher : ISyntaxVisitor
{
    private readonly int[][] byKind;
    private readonly ValidationRule[] rules;
    private readonly SyntaxNode?[] skipping;
    private readonly bool[] disabled;
    private readonly ValidationContext context;

    public RuleDispatcher(ValidationContext context, ValidationRule[] rules, int[][] byKind)
    {
        this.context = context;
        this.rules = rules;
        this.byKind = byKind;
        skipping = new SyntaxNode?[rules.Length];
        disabled = new bool[rules.Length];
    }

    public bool Enter(SyntaxNode node)
    {
        foreach (var i in byKind[(int)node.Kind])
        {
            if (skipping[i] is not null || disabled[i])
            {
                continue;
            }

            try
            {
                if (!rules[i].Enter(node))
                {
                    skipping[i] = node;
                }
            }
            catch (DocumentTooComplexException tooComplex)
            {
                Disable(i, tooComplex);
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
                try
                {
                    rules[i].Leave(node);
                }
                catch (DocumentTooComplexException tooComplex)
                {
                    Disable(i, tooComplex);
                }
            }
            else if (ReferenceEquals(skipping[i], node))
            {
                skipping[i] = null;
            }
        }
    }

    private void Disable(int rule, DocumentTooComplexException tooComplex)
    {
        disabled[rule] = true;
        context.ReportError(rules[rule].Name, tooComplex.Message, [], code: null);
    }
}
