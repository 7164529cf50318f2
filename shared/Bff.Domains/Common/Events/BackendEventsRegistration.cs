using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bff.Domains.Common.Events;

/// <summary>Registers the one <see cref="BackendEventHub"/> of the process, for every module with a subscription.</summary>
internal static class BackendEventsRegistration
{
    public static IServiceCollection AddBackendEvents(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(BackendEventHub)))
        {
            return services;
        }

        services.AddOptions<BackendEventsOptions>().BindConfiguration(BackendEventsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<BackendEventHub>();
        return services;
    }
}
