using Bff.GraphQL.Language;

namespace Bff.GraphQL.Validation;

/// <summary>
/// One validation rule, created afresh for each validation (rules keep per-document state). Like a graphql-js
/// visitor it names the node kinds it wants and is called on entering and leaving them.
/// </summary>
internal abstract class ValidationRule(ValidationContext context)
{
    /// <summary>The rule's name as in graphql-js, e.g. <c>NoUnusedFragmentsRule</c>.</summary>
    public string Name => GetType().Name;

    /// <summary>The node kinds this rule is called for.</summary>
    public abstract IReadOnlyList<SyntaxKind> Kinds { get; }

    protected ValidationContext Context { get; } = context;

    /// <summary>Called on entering a node of one of <see cref="Kinds"/>; false skips the node's subtree for this rule.</summary>
    public virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called on leaving a node of one of <see cref="Kinds"/> (not when <see cref="Enter"/> skipped it).</summary>
    public virtual void Leave(SyntaxNode node)
    {
    }

    protected void Report(string message, params IEnumerable<SyntaxNode> nodes) =>
        Context.ReportError(Name, message, nodes, code: null);
}
