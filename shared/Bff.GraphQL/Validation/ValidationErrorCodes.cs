namespace Bff.GraphQL.Validation;

/// <summary>Values of <c>extensions.code</c> on errors of the operational limits in <see cref="ValidationOptions"/>.</summary>
public static class ValidationErrorCodes
{
    /// <summary>The operation nests fields deeper than <see cref="ValidationOptions.MaxDepth"/>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation selects more fields than <see cref="ValidationOptions.MaxFields"/>.</summary>
    public const string MaxFieldsExceeded = "MAX_FIELDS_EXCEEDED";

    /// <summary>The operation uses more aliases than <see cref="ValidationOptions.MaxAliases"/>.</summary>
    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The operation's estimated cost is above <see cref="ValidationOptions.MaxCost"/>.</summary>
    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    /// <summary>The operation selects <c>__schema</c> or <c>__type</c> while introspection is disabled.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
}
