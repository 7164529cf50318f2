namespace Bff.Resilience.Retry;

/// <summary>
/// Exponential backoff with ±25% jitter. Computed here rather than left to Polly because the delay must be
/// capped by the request deadline, which Polly's built-in backoff cannot see.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Exponential(int attempt, BackendRetryOptions options, Func<double> random)
    {
        var factor = Math.Pow(2, Math.Min(attempt, 30));
        var jitter = options.UseJitter ? 0.75 + (random() * 0.5) : 1.0;
        var ticks = options.BaseDelay.Ticks * factor * jitter;
        return ticks >= options.MaxDelay.Ticks ? options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
