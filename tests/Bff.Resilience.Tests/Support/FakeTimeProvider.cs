namespace Bff.Resilience.Tests.Support;

/// <summary>A clock that moves only when told to, firing the timers that fall due on the way.</summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<FakeTimer> timers = [];
    private DateTimeOffset now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Due times (relative to now) of the timers still waiting.</summary>
    public IReadOnlyList<TimeSpan> PendingTimers()
    {
        lock (gate)
        {
            return timers.Where(t => t.Due is not null).Select(t => t.Due!.Value - now).ToList();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        lock (gate)
        {
            timers.Add(timer);
        }

        return timer;
    }

    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (gate)
        {
            target = now + by;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (gate)
        {
            now = target;
        }
    }

    private FakeTimer? NextDue(DateTimeOffset target)
    {
        lock (gate)
        {
            var next = timers.Where(t => t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
            if (next is not null && next.Due > now)
            {
                now = next.Due.Value;
            }

            return next;
        }
    }

    private void Remove(FakeTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    private sealed class FakeTimer(FakeTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? Due { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock.gate)
            {
                this.period = period;
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock.now + dueTime;
            }

            return true;
        }

        public void Fire()
        {
            lock (clock.gate)
            {
                Due = period > TimeSpan.Zero ? Due + period : null;
            }

            callback(state);
        }

        public void Dispose() => clock.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
