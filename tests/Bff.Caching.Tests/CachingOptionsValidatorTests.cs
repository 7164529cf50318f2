using Bff.Caching.Policies;

namespace Bff.Caching.Tests;

public class CachingOptionsValidatorTests
{
    private readonly CachingOptionsValidator _validator = new();

    [Fact]
    public void DefaultOptionsAreValid() =>
        Assert.True(_validator.Validate(null, new CachingOptions()).Succeeded);

    [Fact]
    public void EachFailureNamesItsConfigurationKey()
    {
        var options = new CachingOptions { DistributedCacheTimeout = TimeSpan.Zero, L1SizeLimit = 0, KeyPrefix = "a:b" };

        var failures = _validator.Validate(null, options).Failures!;

        Assert.Contains(failures, f => f.StartsWith("Caching:DistributedCacheTimeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Caching:L1SizeLimit", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Caching:KeyPrefix", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryNamedPolicyIsCheckedUnderItsOwnKey()
    {
        var options = new CachingOptions();
        options.Policies["cart"] = new CachePolicy { Stale = TimeSpan.FromSeconds(-1), EagerRefreshThreshold = 1.5f };

        var failures = _validator.Validate(null, options).Failures!;

        Assert.Contains(failures, f => f.StartsWith("Caching:Policies:cart:Stale", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Caching:Policies:cart:EagerRefreshThreshold", StringComparison.Ordinal));
    }

    [Fact]
    public void TheHardTimeoutCannotBeShorterThanTheSoftOne()
    {
        var options = new CachingOptions { Defaults = new CachePolicy { FactorySoftTimeout = TimeSpan.FromSeconds(2), FactoryHardTimeout = TimeSpan.FromSeconds(1) } };

        Assert.Contains(_validator.Validate(null, options).Failures!, f => f.StartsWith("Caching:Defaults:FactoryHardTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void TagInvalidationsMustOutliveEveryEntry()
    {
        var options = new CachingOptions { Defaults = new CachePolicy { Fresh = TimeSpan.FromDays(1) }, TagRetention = TimeSpan.FromHours(1) };

        Assert.Contains(_validator.Validate(null, options).Failures!, f => f.StartsWith("Caching:TagRetention", StringComparison.Ordinal));
    }
}
