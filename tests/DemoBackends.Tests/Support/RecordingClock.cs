using System.Collections.Concurrent;

namespace DemoBackends.Tests.Support;

/// <summary>Records every delay asked of it and lets it elapse at once, so latency is measured without waiting.</summary>
internal sealed class RecordingClock : TimeProvider
{
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
