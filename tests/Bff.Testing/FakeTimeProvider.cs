namespace Bff.Testing;

/// <summary>
/// A clock that moves only when a test says so. <see cref="Advance"/> fires the timers that fall due on the way,
/// earliest first, and each callback sees the clock at its own due time, as it would in real time.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<FakeTimer> timers = [];

    // In the future, so that an absolute expiry computed from this clock is not already past for a real Redis.
    private DateTimeOffset now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/>, firing every timer that falls due, in order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (gate)
        {
            target = now + by;
        }

        // Callbacks run outside the lock: they may read the clock or create and change timers.
        while (TakeNextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (gate)
        {
            now = target;
        }
    }

    /// <summary>Due times, relative to now, of the timers still waiting: shows what the code under test waits for.</summary>
    public IReadOnlyList<TimeSpan> PendingTimers()
    {
        lock (gate)
        {
            return [.. timers.Select(t => t.Due!.Value - now)];
        }
    }

    internal void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (gate)
        {
            timer.Period = period;
            timer.Due = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
            Track(timer);
        }
    }

    internal void Remove(FakeTimer timer)
    {
        lock (gate)
        {
            timers.Remove(timer);
        }
    }

    private FakeTimer? TakeNextDue(DateTimeOffset target)
    {
        lock (gate)
        {
            var next = timers.Where(t => t.Due <= target).OrderBy(t => t.Due).FirstOrDefault();
            if (next is null)
            {
                return null;
            }

            now = next.Due!.Value > now ? next.Due.Value : now;

            // Re-armed before the callback runs, as System.Threading.Timer does, so a periodic timer fires once per period.
            next.Due = next.Period > TimeSpan.Zero ? next.Due + next.Period : null;
            Track(next);
            return next;
        }
    }

    // Only armed timers are listed; called under the lock.
    private void Track(FakeTimer timer)
    {
        timers.Remove(timer);
        if (timer.Due is not null)
        {
            timers.Add(timer);
        }
    }
}
