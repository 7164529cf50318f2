namespace Bff.Resilience;

/// <summary>
/// The absolute point in time by which an incoming request must be answered. Backend calls made while answering
/// it get at most <see cref="Remaining"/>; the clock is the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class RequestDeadline
{
    private readonly TimeProvider timeProvider;

    private RequestDeadline(DateTimeOffset expiresAt, TimeProvider timeProvider)
    {
        ExpiresAt = expiresAt;
        this.timeProvider = timeProvider;
    }

    /// <summary>The absolute deadline.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Time left before the deadline; never negative.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = ExpiresAt - timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>True once the deadline has passed.</summary>
    public bool IsExpired => Remaining == TimeSpan.Zero;

    /// <summary>Starts a deadline <paramref name="budget"/> from now.</summary>
    public static RequestDeadline Start(TimeSpan budget, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, TimeSpan.Zero);
        return new RequestDeadline(timeProvider.GetUtcNow() + budget, timeProvider);
    }

    /// <summary>Caps <paramref name="timeout"/> to the time left.</summary>
    public TimeSpan Cap(TimeSpan timeout)
    {
        var remaining = Remaining;
        return timeout < remaining ? timeout : remaining;
    }
}
