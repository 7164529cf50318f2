using System.Diagnostics;

namespace Bff.Testing;

/// <summary>
/// Polls, in real time and with a deadline, until something another thread or process makes true: a pub/sub
/// message, a reconnection, work started on a <see cref="Microsoft.Extensions.Time.Testing.FakeTimeProvider"/>. Never a way to let time pass for code
/// that runs on the fake clock: advance the clock instead.
/// </summary>
public static class Eventually
{
    /// <summary>Generous: two cores shared with other builds make short deadlines flaky, and only failures wait this long.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);

    /// <summary>Completes once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> after the timeout.</summary>
    public static Task TrueAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return TrueAsync(() => Task.FromResult(condition()), timeout);
    }

    /// <summary>Completes once <paramref name="condition"/> holds; throws <see cref="TimeoutException"/> after the timeout.</summary>
    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var elapsed = Stopwatch.StartNew();
        while (!await condition())
        {
            if (elapsed.Elapsed > limit)
            {
                throw new TimeoutException($"The condition did not become true within {limit.TotalSeconds:0.#} s.");
            }

            await Task.Delay(PollInterval);
        }
    }
}
