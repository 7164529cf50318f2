using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bff.ServiceDefaults.Correlation;

/// <summary>Registration of the correlation id services.</summary>
public static class CorrelationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICorrelationIdAccessor"/> (and <c>IHttpContextAccessor</c>, which it reads).
    /// The middleware itself is added by <c>UseServiceDefaults()</c>.
    /// </summary>
    public static IServiceCollection AddCorrelationId(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ICorrelationIdAccessor, HttpContextCorrelationIdAccessor>();
        return services;
    }
}
