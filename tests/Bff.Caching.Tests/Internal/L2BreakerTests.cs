using Bff.Caching.Internal;
using Bff.Caching.Tests.Support;

namespace Bff.Caching.Tests.Internal;

public class L2BreakerTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly L2Breaker _breaker;

    public L2BreakerTests() => _breaker = new L2Breaker(3, TimeSpan.FromSeconds(5), _time);

    [Fact]
    public void FailuresBelowTheThresholdKeepL2InUse()
    {
        _breaker.OnFailure();
        _breaker.OnFailure();

        Assert.True(_breaker.TryEnter());
    }

    [Fact]
    public void ASuccessResetsTheRunOfFailures()
    {
        _breaker.OnFailure();
        _breaker.OnFailure();
        _breaker.OnSuccess();
        _breaker.OnFailure();

        Assert.False(_breaker.IsOpen);
    }

    [Fact]
    public void ThresholdFailuresSkipL2ForTheBreakDuration()
    {
        Open();

        Assert.False(_breaker.TryEnter());
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(_breaker.TryEnter());
    }

    [Fact]
    public void AfterTheBreakOnlyOneProbeIsLetThrough()
    {
        Open();
        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(_breaker.TryEnter());
        Assert.False(_breaker.TryEnter());
    }

    [Fact]
    public void ASuccessfulProbeClosesTheBreaker()
    {
        Open();
        _time.Advance(TimeSpan.FromSeconds(5));
        _breaker.TryEnter();

        _breaker.OnSuccess();

        Assert.True(_breaker.TryEnter());
        Assert.True(_breaker.TryEnter());
    }

    [Fact]
    public void AFailedProbeOpensTheBreakerForAnotherBreak()
    {
        Open();
        _time.Advance(TimeSpan.FromSeconds(5));
        _breaker.TryEnter();

        _breaker.OnFailure();

        Assert.False(_breaker.TryEnter());
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(_breaker.TryEnter());
    }

    private void Open()
    {
        for (var i = 0; i < 3; i++)
        {
            _breaker.OnFailure();
        }

        Assert.True(_breaker.IsOpen);
    }
}
