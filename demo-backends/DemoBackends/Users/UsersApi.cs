using System.Security.Claims;
using DemoBackends.Auth;
using DemoBackends.Data;
using DemoBackends.Http;

namespace DemoBackends.Users;

internal static class UsersApi
{
    private static readonly CachePolicy Policy = CachePolicy.Private(60);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/me").WithTags("Users").RequireAuthorization();

        me.MapGet("/", (ClaimsPrincipal user, DemoData data) =>
            data.Users.Find(user.UserId()) is { } profile
                ? Cached.Json(profile, DemoJsonContext.Default.UserProfile, Policy)
                : UnknownUser(user))
            .WithSummary("The calling user's profile.")
            .Produces<UserProfile>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        me.MapGet("/addresses", (ClaimsPrincipal user, DemoData data) =>
            data.Users.Find(user.UserId()) is not null
                ? Cached.Json(data.Users.AddressesOf(user.UserId()), DemoJsonContext.Default.IReadOnlyListAddress, Policy)
                : UnknownUser(user))
            .WithSummary("The calling user's addresses; the default one first.")
            .Produces<IReadOnlyList<Address>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return app;
    }

    // A valid token for a user outside the demo set: the token is fine, the user is not there.
    private static IResult UnknownUser(ClaimsPrincipal user) => Problems.NotFound("user", user.UserId());
}
