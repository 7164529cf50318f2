namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>Calls a function every interval until disposed; nothing at all for a zero interval.</summary>
internal static class KeepAliveTimer
{
    public static IDisposable Start(TimeSpan interval, Action tick) =>
        interval <= TimeSpan.Zero
            ? new Timer(_ => { }, null, Timeout.Infinite, Timeout.Infinite)
            : new Timer(_ => tick(), null, interval, interval);
}
