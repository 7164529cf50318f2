using Bff.Domains;
using Bff.GraphQL.Server;

namespace Bff.Mobile.Shaping;

/// <summary>
/// The app's hard maxima on list sizes, below the modules' own: a phone shows a screenful at a time over a slow
/// network, so a larger page is a BAD_USER_INPUT error on its field (not clamped: an app that gets fewer items than it
/// asked for would take the list for ended), before any backend call. The defaults stay the modules' (3 to 20), all
/// within these; a test holds every limit to its field's default.
/// </summary>
internal static class MobileListLimits
{
    /// <summary>Each limit by the coordinate the app sees (<c>similar</c> is the module's <c>recommendations</c>).</summary>
    public static readonly IReadOnlyList<(string Type, string Field, string Argument, int Max)> All =
    [
        ("Query", "searchProducts", "first", 20),
        ("Product", "reviews", "first", 10),
        ("Product", "reviewConnection", "first", 10),
        ("Product", "similar", "first", 10),
        ("Query", "recommendedForMe", "first", 10),
        ("Query", "orders", "pageSize", 20),
        ("Query", "orderConnection", "first", 20),
        ("Query", "notifications", "first", 20),
    ];

    public static GraphQLServerBuilder AddMobileListLimits(this GraphQLServerBuilder builder)
    {
        foreach (var (type, field, argument, max) in All)
        {
            builder.LimitArgument(type, field, argument, max);
        }

        return builder;
    }
}
