namespace Bff.GraphQL.Validation;

/// <summary>The rules <see cref="DocumentValidator"/> runs: graphql-js 16's <c>specifiedRules</c> in its order (with graphql-js 17's <c>@defer</c>/<c>@stream</c> rules), then the limits.</summary>
internal static class SpecifiedRules
{
    private static readonly Func<ValidationContext, ValidationRule>[] Spec =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new DeferStreamDirectiveOnRootFieldRule(c),
        c => new DeferStreamDirectiveOnValidOperationsRule(c),
        c => new DeferStreamDirectiveLabelRule(c),
        c => new StreamDirectiveOnListFieldRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new MaxIntrospectionDepthRule(c),
    ];

    private static readonly RuleSet[] Sets =
    [
        new([.. Spec]),
        new([.. Spec, c => new NoIntrospectionRule(c)]),
        new([.. Spec, c => new OperationLimitsRule(c)]),
        new([.. Spec, c => new NoIntrospectionRule(c), c => new OperationLimitsRule(c)]),
    ];

    /// <summary>The operational limits alone, for measuring a validated document again with a request's variables.</summary>
    public static RuleSet LimitsOnly { get; } = new([c => new OperationLimitsRule(c)]);

    /// <summary>The rules <paramref name="options"/> ask for; the sets are made once, with their dispatch tables.</summary>
    public static RuleSet For(ValidationOptions options) =>
        Sets[(options.AllowIntrospection ? 0 : 1) + (OperationLimitsRule.IsEnabled(options) ? 2 : 0)];

    public static ValidationRule[] Create(ValidationContext context) => For(context.Options).Create(context);
}
