using System.Text.RegularExpressions;
using Bff.GraphQL.Execution;

namespace Bff.Domains.Common;

/// <summary>
/// The id shapes the demo backends define, checked at the GraphQL boundary before any cache read or backend call:
/// an id of the wrong shape (including path-climbing ones like <c>../..</c>) is a <c>BAD_USER_INPUT</c> error on its
/// field. Patterns end in <c>\z</c>, not <c>$</c>, which would let a trailing newline through. Well-formed ids that do not exist still reach the backend and resolve to null.
/// </summary>
internal static partial class Ids
{
    public static readonly IdShape Product = new("product", "a number from 1 to 999999999", ProductPattern());
    public static readonly IdShape Category = new("category", "like c-01", CategoryPattern());
    public static readonly IdShape Store = new("store", "like s-01", StorePattern());
    public static readonly IdShape Order = new("order", "like o-00001", OrderPattern());
    public static readonly IdShape Address = new("address", "like a-001-1", AddressPattern());
    public static readonly IdShape Notification = new("notification", "like n-00001", NotificationPattern());
    public static readonly IdShape IdempotencyKey = new("idempotency key", "8 to 64 letters, digits, '-' or '_'", IdempotencyKeyPattern());

    /// <summary>The argument <paramref name="name"/>, checked against <paramref name="shape"/>.</summary>
    public static string Argument(this IResolverContext context, string name, IdShape shape) =>
        shape.Check(context.ArgumentValue<string>(name), name);

    /// <summary>The optional argument <paramref name="name"/>, checked when given.</summary>
    public static string? OptionalArgument(this IResolverContext context, string name, IdShape shape) =>
        context.ArgumentValue<string>(name) is { } value ? shape.Check(value, name) : null;

    // Any catalog size: the shape keeps ids to plain numbers, never how many products there are today.
    [GeneratedRegex(@"^[1-9][0-9]{0,8}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ProductPattern();

    [GeneratedRegex(@"^c-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();

    [GeneratedRegex(@"^s-[0-9]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex StorePattern();

    [GeneratedRegex(@"^o-[0-9]{5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex OrderPattern();

    [GeneratedRegex(@"^a-[0-9]{3}-[0-9]{1,2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^n-[0-9]{5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NotificationPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{8,64}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdempotencyKeyPattern();
}
