using Bff.Backends.Registration;
using Bff.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Backends.Notifications;

/// <summary>Registers <see cref="INotificationsClient"/>.</summary>
public static class NotificationsClientExtensions
{
    /// <summary>
    /// Adds <see cref="INotificationsClient"/>, Refit's build-time generated client, over IHttpClientFactory: options from <c>Backends:Notifications</c> (validated at
    /// start-up), correlation id and the caller's <c>Authorization</c> header, and the backend resilience
    /// pipeline (<c>Resilience:Backends:notifications</c>).
    /// </summary>
    public static IHttpClientBuilder AddNotificationsClient(
        this IServiceCollection services, IConfiguration? configuration = null, Action<BackendResilienceOptions>? configureResilience = null) =>
        services.AddBackendClient<INotificationsClient, NotificationsClientOptions>(
            new(NotificationsClientOptions.BackendName, NotificationsClientOptions.SectionName, UserScoped: true),
            NotificationsJsonContext.Default, configuration, configureResilience);
}
