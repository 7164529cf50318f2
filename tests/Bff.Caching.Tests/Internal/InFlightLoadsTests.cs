using Bff.Caching.Internal;

namespace Bff.Caching.Tests.Internal;

public class InFlightLoadsTests
{
    private static readonly LoadOutcome Outcome = new(
        new CacheEnvelope(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [], Array.Empty<byte>()),
        CacheSource.Factory,
        IsStale: false);

    [Fact]
    public async Task CallersOfOneKeyShareTheRunningLoad()
    {
        var loads = new InFlightLoads();
        var gate = new TaskCompletionSource<LoadOutcome>();

        var first = loads.GetOrStart("k", () => gate.Task, out var firstStarted);
        var second = loads.GetOrStart("k", () => throw new InvalidOperationException("must not start"), out var secondStarted);
        gate.SetResult(Outcome);

        Assert.Same(first, second);
        Assert.True(firstStarted);
        Assert.False(secondStarted);
        Assert.Same(Outcome, await second);
    }

    [Fact]
    public async Task DifferentKeysLoadIndependently()
    {
        var loads = new InFlightLoads();
        var gate = new TaskCompletionSource<LoadOutcome>();

        _ = loads.GetOrStart("a", () => gate.Task, out _);
        var b = loads.GetOrStart("b", () => Task.FromResult(Outcome), out var started);

        Assert.True(started);
        Assert.Same(Outcome, await b);
        gate.SetResult(Outcome);
    }

    [Fact]
    public async Task AFinishedLoadIsForgottenBeforeItsCallersResume()
    {
        var loads = new InFlightLoads();
        var first = loads.GetOrStart("k", () => Task.FromResult(Outcome), out _);
        await first;

        await loads.GetOrStart("k", () => Task.FromResult(Outcome), out var startedAgain);

        Assert.True(startedAgain);
        Assert.Equal(0, loads.Count);
    }

    [Fact]
    public async Task AFailedLoadFailsEveryWaiterAndIsForgotten()
    {
        var loads = new InFlightLoads();
        var gate = new TaskCompletionSource<LoadOutcome>();
        var first = loads.GetOrStart("k", () => gate.Task, out _);
        var second = loads.GetOrStart("k", () => gate.Task, out _);

        gate.SetException(new TimeoutException("backend"));

        await Assert.ThrowsAsync<TimeoutException>(() => first);
        await Assert.ThrowsAsync<TimeoutException>(() => second);
        Assert.Equal(0, loads.Count);
    }
}
