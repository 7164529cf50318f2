namespace Bff.GraphQL.Validation;

/// <summary>
/// Operational limits applied by <see cref="DocumentValidator"/> on top of the specification's rules. The defaults
/// are meant for public traffic; set a limit to null to switch it off (for trusted callers or tools).
/// </summary>
/// <remarks>
/// Depth and cost follow fragment spreads; each fragment is measured once and reused, so fragments that spread
/// each other many times cannot make the measurement itself expensive. Cost saturates instead of overflowing.
/// </remarks>
public sealed record ValidationOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>The specification's rules only: no operational limits, introspection allowed.</summary>
    public static ValidationOptions SpecOnly { get; } = new()
    {
        MaxDepth = null,
        MaxFields = null,
        MaxAliases = null,
        MaxCost = null,
    };

    /// <summary>Deepest nesting of fields in an operation, following fragments; <c>{ a { b } }</c> has depth 2.</summary>
    public int? MaxDepth { get; init; } = 15;

    /// <summary>Most field selections in an operation and the fragments it uses (each fragment counted once).</summary>
    public int? MaxFields { get; init; } = 1_000;

    /// <summary>Most aliased fields in an operation and the fragments it uses (each fragment counted once).</summary>
    public int? MaxAliases { get; init; } = 30;

    /// <summary>
    /// Highest estimated cost of an operation. A field costs its <c>@cost(weight:)</c> (or
    /// <see cref="DefaultFieldCost"/>); whatever is selected below a list field counts once per expected item.
    /// </summary>
    public int? MaxCost { get; init; } = 10_000;

    /// <summary>Cost of a field without <c>@cost(weight:)</c> on its definition.</summary>
    public int DefaultFieldCost { get; init; } = 1;

    /// <summary>Expected items of a list field without a <c>first</c>, <c>last</c> or <c>limit</c> argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>When false, selecting <c>__schema</c> or <c>__type</c> is an error (<c>__typename</c> stays allowed).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Errors reported before validation stops with graphql-js's "Too many validation errors" error.</summary>
    public int MaxErrors { get; init; } = 100;
}
