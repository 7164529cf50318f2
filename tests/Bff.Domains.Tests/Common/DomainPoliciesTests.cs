using Bff.Caching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Domains.Tests.Common;

public sealed class DomainPoliciesTests
{
    [Fact]
    public void EachModuleBringsItsEntitysPolicy()
    {
        var policies = PoliciesOf(new Dictionary<string, string?>());

        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromHours(1)), (policies["product"].Fresh, policies["product"].Stale));
        Assert.Equal(TimeSpan.FromSeconds(30), policies["price"].Fresh);
        Assert.Equal(TimeSpan.FromSeconds(5), policies["stock"].Fresh);
        Assert.Equal(TimeSpan.FromMinutes(2), policies["reviews"].Fresh);
        Assert.Equal(TimeSpan.Zero, policies["cart"].Stale);
        Assert.Equal(TimeSpan.Zero, policies["orders"].Stale);
    }

    [Fact]
    public void ConfigurationChangesOneValueOfAModulesPolicyAndKeepsTheRest()
    {
        var policies = PoliciesOf(new Dictionary<string, string?> { ["Caching:Policies:product:Fresh"] = "00:00:10" });

        Assert.Equal((TimeSpan.FromSeconds(10), TimeSpan.FromHours(1)), (policies["product"].Fresh, policies["product"].Stale));
    }

    [Fact]
    public void ThePoliciesPassTheCachesStartUpValidation()
    {
        var policies = PoliciesOf(new Dictionary<string, string?>());

        Assert.True(policies.Count >= 12);
    }

    private static Dictionary<string, Bff.Caching.Policies.CachePolicy> PoliciesOf(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        // The BFF may register the cache before or after the modules: configuration still wins over module defaults.
        services.AddBffCaching();
        services.AddGraphQLServer().AddAllDomainModules();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CachingOptions>>().Value.Policies;
    }
}
