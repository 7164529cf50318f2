using Bff.Caching.Policies;

namespace Bff.Caching.Tests.Policies;

public class CachePolicyTests
{
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void AZeroStaleWindowTurnsFailSafeAndTheSoftTimeoutOff()
    {
        var options = new CachePolicy { Stale = TimeSpan.Zero }.ToEntryOptions(RedisTimeout);

        Assert.False(options.IsFailSafeEnabled);
        Assert.Equal(Timeout.InfiniteTimeSpan, options.FactorySoftTimeout);
    }

    [Fact]
    public void TheFailSafeThrottleNeverOutlastsTheStaleWindow()
    {
        var options = new CachePolicy { Stale = TimeSpan.FromSeconds(3), FailSafeThrottle = TimeSpan.FromSeconds(30) }.ToEntryOptions(RedisTimeout);

        Assert.Equal(TimeSpan.FromSeconds(3), options.FailSafeThrottleDuration);
    }

    [Fact]
    public void EveryEntryCountsOneTowardsTheMemoryBoundAndNeverThrowsOnForeignBytes()
    {
        var options = new CachePolicy().ToEntryOptions(RedisTimeout);

        Assert.Equal((1L, false, true), (options.Size!.Value, options.ReThrowSerializationExceptions, options.AllowTimedOutFactoryBackgroundCompletion));
    }

    [Fact]
    public void EachCallGivesItsOwnOptionsSoACallerCannotChangeThePolicy()
    {
        var policy = new CachePolicy();

        Assert.NotSame(policy.ToEntryOptions(RedisTimeout), policy.ToEntryOptions(RedisTimeout));
    }
}
