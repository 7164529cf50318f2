namespace Bff.Caching.Tests.Support;

/// <summary>
/// Waits, in real time and with a deadline, for something that crosses a real socket (pub/sub,
/// a reconnection). Behaviour driven by the clock uses <see cref="FakeTimeProvider"/> instead.
/// </summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(10);
        }
    }

    public static async Task True(Func<Task<bool>> condition, int timeoutMs = 10_000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(20);
        }
    }
}
