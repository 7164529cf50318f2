using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.ForwardedHeaders;

/// <summary>Registration of forwarded headers from known proxies only.</summary>
public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Binds <see cref="ForwardedHeadersSettings"/> (section <c>ForwardedHeaders</c>, checked at start-up) into ASP.NET
    /// Core's <see cref="ForwardedHeadersOptions"/>. <c>UseServiceDefaults()</c> applies the middleware first.
    /// </summary>
    public static IServiceCollection AddBffForwardedHeaders(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForwardedHeadersSettings>, ForwardedHeadersSettingsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ForwardedHeadersOptions>, ConfigureForwardedHeaders>());
        return services;
    }
}
