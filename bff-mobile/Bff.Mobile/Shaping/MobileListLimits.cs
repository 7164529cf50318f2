using Bff.Domains;
using Bff.GraphQL.Server;

namespace Bff.Mobile.Shaping;

/// <summary>
/// The app's hard maxima on list sizes, below the modules' own: a phone shows a screenful at a time over a slow
/// network, so a larger page is a BAD_USER_INPUT error on its field (not clamped: an app asking for more than it gets
/// would page wrongly), before any backend call. The defaults stay the modules' (3 to 20), all within these.
/// </summary>
internal static class MobileListLimits
{
    public const int SearchFirst = 20;
    public const int ReviewsFirst = 10;
    public const int SimilarFirst = 10;
    public const int RecommendedFirst = 10;
    public const int OrdersPageSize = 20;
    public const int NotificationsFirst = 20;

    public static GraphQLServerBuilder AddMobileListLimits(this GraphQLServerBuilder builder) => builder
        .LimitArgument("Query", "searchProducts", "first", SearchFirst)
        .LimitArgument("Product", "reviews", "first", ReviewsFirst)
        .LimitArgument("Product", "reviewConnection", "first", ReviewsFirst)
        // Renamed from the module's Product.recommendations: limits use the names the app sees.
        .LimitArgument("Product", "similar", "first", SimilarFirst)
        .LimitArgument("Query", "recommendedForMe", "first", RecommendedFirst)
        .LimitArgument("Query", "orders", "pageSize", OrdersPageSize)
        .LimitArgument("Query", "orderConnection", "first", OrdersPageSize)
        .LimitArgument("Query", "notifications", "first", NotificationsFirst);
}
