using System.Collections.Concurrent;

namespace Bff.Resilience.Tests.Support;

/// <summary>
/// A fake clock that also remembers the due time of every timer created on it, so a test can wait (in real time)
/// until work running on another thread has started its wait before advancing the clock past it.
/// </summary>
public sealed class TimerWatchingClock : FakeTimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> dueTimes = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        dueTimes.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Completes once at least <paramref name="count"/> timers due after <paramref name="dueTime"/> were created.</summary>
    public Task WaitForTimersAsync(TimeSpan dueTime, int count = 1) =>
        Eventually.TrueAsync(() => dueTimes.Count(d => d == dueTime) >= count);
}
