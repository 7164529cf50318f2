using Bff.Caching;
using Bff.Caching.Policies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains.Common;

/// <summary>
/// Each module's cache policies, as defaults under <c>Caching:Policies:{name}</c>. They are registered in front of
/// every other configuration of <see cref="CachingOptions"/>, so that the <c>Caching</c> section (bound by
/// <c>AddBffCaching()</c>, before or after the modules) overrides single values of them, e.g. only
/// <c>Caching:Policies:price:Fresh</c>.
/// </summary>
internal static class DomainPolicies
{
    public static void AddDefaults(IServiceCollection services, params (string Name, TimeSpan Fresh, TimeSpan Stale)[] policies)
    {
        var configure = new ConfigureOptions<CachingOptions>(options =>
        {
            foreach (var (name, fresh, stale) in policies)
            {
                options.Policies.TryAdd(name, new CachePolicy { Fresh = fresh, Stale = stale });
            }
        });
        services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<CachingOptions>>(configure));
    }
}
