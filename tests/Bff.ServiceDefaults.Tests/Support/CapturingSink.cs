using Serilog.Core;
using Serilog.Events;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>Keeps every Serilog event; registered in the container, the service defaults write to it too.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
        {
            _events.Add(logEvent);
        }
    }

    /// <summary>
    /// Waits for a matching event: the request line is written after the response body may have reached the client.
    /// </summary>
    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> predicate)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            if (Events.FirstOrDefault(predicate) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("No matching log event was written.");
            }

            await Task.Delay(10);
        }
    }

    public static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var v } ? v?.ToString() : null;
}
