using Bff.Backends.Users;
using Bff.Caching;
using Bff.Domains.Common;
using Bff.GraphQL.Execution;
using Bff.GraphQL.Server;

namespace Bff.Domains;

/// <summary>The users module: <c>Query.me</c> and the user's addresses (<c>users.graphql</c>).</summary>
public static class UsersModule
{
    internal const string Backend = UsersClientOptions.BackendName;
    internal const string ProfilePolicy = "profile";

    /// <summary>Adds <c>Query.me</c>; needs <see cref="IUsersClient"/> and <c>BffCache</c>. Private: keyed by the token's <c>sub</c>.</summary>
    public static GraphQLServerBuilder AddUsersModule(this GraphQLServerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Private data is never served stale: a user who changed an address must not see the old one.
        DomainPolicies.AddDefaults(builder.Services, (ProfilePolicy, TimeSpan.FromMinutes(1), TimeSpan.Zero));
        return builder.AddModuleSdl("users.graphql")
            .BindRuntimeType<UserProfile>("User")
            .BindRuntimeType<Address>("Address")
            .AddResolver("Query", "me", ctx => MeAsync(CurrentUser.Require(ctx), ctx.Loader<IUsersClient>(), ctx))
            .AddResolver("User", "addresses", ctx => AddressesAsync(CurrentUser.Require(ctx), ctx.Loader<IUsersClient>(), ctx));
    }

    private static Task<UserProfile?> MeAsync(string userId, IUsersClient client, IResolverContext context) =>
        CachedRead.GetAsync(context, Backend, CacheKeys.ForUser(Backend, userId, "profile"), ProfilePolicy, client.GetMeAsync);

    private static Task<IReadOnlyList<Address>> AddressesAsync(string userId, IUsersClient client, IResolverContext context) =>
        CachedRead.GetAsync(context, Backend, CacheKeys.ForUser(Backend, userId, "addresses"), ProfilePolicy, client.GetMyAddressesAsync);
}
