using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bff.Resilience.Tests.Support;

/// <summary>Keeps every log entry written, with its event name, for assertions.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, string? EventName, LogLevel Level, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public IEnumerable<string?> EventNames => Entries.Select(e => e.EventName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Entries.Enqueue((category, eventId.Name, logLevel, formatter(state, exception)));
    }
}
