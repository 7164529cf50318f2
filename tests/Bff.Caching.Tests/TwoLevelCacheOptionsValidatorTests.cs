namespace Bff.Caching.Tests;

public class TwoLevelCacheOptionsValidatorTests
{
    private readonly TwoLevelCacheOptionsValidator _validator = new();

    [Fact]
    public void DefaultOptionsAreValid() =>
        Assert.True(_validator.Validate(null, new TwoLevelCacheOptions()).Succeeded);

    [Fact]
    public void EachFailureNamesItsConfigurationKey()
    {
        var result = _validator.Validate(null, new TwoLevelCacheOptions { L2Timeout = TimeSpan.Zero, L1MaxEntries = 0 });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Caching:L2Timeout", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Caching:L1MaxEntries", StringComparison.Ordinal));
    }

    [Fact]
    public void TagInvalidationsMustOutliveEveryEntry()
    {
        var options = new TwoLevelCacheOptions { DefaultFresh = TimeSpan.FromDays(1), TagRetention = TimeSpan.FromHours(1) };

        Assert.Contains(_validator.Validate(null, options).Failures!, f => f.StartsWith("Caching:TagRetention", StringComparison.Ordinal));
    }
}
