namespace Bff.Resilience.Tests.Support;

/// <summary>
/// Waits for something another thread makes true. Used only to synchronise with work started on the fake
/// clock, never to let time pass for the code under test.
/// </summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, int timeoutMs = 5000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!condition())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(5);
        }
    }
}
