using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Users;

/// <summary>Registers <see cref="IUsersClient"/>.</summary>
public static class UsersClientExtensions
{
    /// <summary>
    /// Adds <see cref="IUsersClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Users</c> (validated at
    /// start-up), correlation id and the caller's <c>Authorization</c> header, and the backend resilience
    /// pipeline (<c>Resilience:Backends:users</c>).
    /// </summary>
    public static IHttpClientBuilder AddUsersClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<IUsersClient, UsersClientOptions>(
            new(UsersClientOptions.BackendName, UsersClientOptions.SectionName, UserScoped: true),
            UsersJsonContext.Default, configuration, configureResilience);
}
