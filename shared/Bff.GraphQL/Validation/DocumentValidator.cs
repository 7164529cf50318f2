using Bff.GraphQL.Language;
using Bff.GraphQL.Types;

namespace Bff.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema (spec section 5), with graphql-js 16's rules and messages, plus
/// the operational limits of <see cref="ValidationOptions"/>. All rules run in one walk of the document.
/// </summary>
/// <remarks>
/// The walk uses an explicit stack. Analyses that follow fragment spreads (field merging, limits) recurse, bounded
/// by the parser's nesting limit per selection set and, across chains of fragments, by a guard that reports an error and
/// switches that analysis off. Fragments are measured once, pairs of fragments compared at most once and large
/// groups of identical fields once per group, so the work grows polynomially with the document, never exponentially
/// with fragment fan-out; at most <see cref="ValidationOptions.MaxErrors"/> errors are reported. Thread-safe: every
/// call has its own state.
/// </remarks>
public static class DocumentValidator
{
    /// <summary>Validates <paramref name="document"/>; <paramref name="options"/> defaults to <see cref="ValidationOptions.Default"/>.</summary>
    public static ValidationResult Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, options, variables: null);

    /// <summary>
    /// Validates <paramref name="document"/>, using the request's <paramref name="variables"/> (coerced, as the
    /// executor coerces them) to size list fields whose <c>first</c>/<c>last</c>/<c>limit</c> is given by a variable
    /// (cost analysis only).
    /// </summary>
    public static ValidationResult Validate(
        Schema schema, DocumentNode document, ValidationOptions? options, IReadOnlyDictionary<string, object?>? variables)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(schema, document, options ?? ValidationOptions.Default, variables);
        return Run(context, SpecifiedRules.For(context.Options));
    }

    /// <summary>
    /// Measures only the operational limits (depth, fields, aliases, cost) of a document that has passed validation,
    /// now with the request's coerced <paramref name="variables"/>: a server caches validation without variables, so a list
    /// size given by a variable (<c>first: $n</c>) counted at its default there and counts at its real value here.
    /// </summary>
    public static ValidationResult ValidateLimits(
        Schema schema, DocumentNode document, ValidationOptions options, IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var context = new ValidationContext(schema, document, options, variables);
        return OperationLimitsRule.IsEnabled(options)
            ? Run(context, SpecifiedRules.LimitsOnly)
            : new ValidationResult(context.Failures);
    }

    private static ValidationResult Run(ValidationContext context, RuleSet set)
    {
        var rules = set.Create(context);
        try
        {
            SyntaxWalker.Walk(context.Document, context.TypeInfo, new RuleDispatcher(context, rules, set.RulesByKind(rules)), context.Ancestors);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the final error is already recorded.
        }

        return new ValidationResult(context.Failures) { CostDependsOnVariables = context.CostDependsOnVariables };
    }
}
