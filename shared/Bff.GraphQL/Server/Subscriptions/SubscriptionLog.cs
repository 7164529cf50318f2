using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>What the streaming transports log: connections refused and closed by the server, and why.</summary>
internal static partial class SubscriptionLog
{
    public const string Category = "Bff.GraphQL.Subscriptions";

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Streaming connection refused: {Open} of {Limit} connections are open")]
    public static partial void ConnectionRefused(ILogger logger, int open, int limit);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "{Transport} connection closed by the server: {Code} {Reason}")]
    public static partial void ClosedByServer(ILogger logger, string transport, int code, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error, Message = "{Transport} operation {Id} failed")]
    public static partial void OperationFailed(ILogger logger, Exception exception, string transport, string id);
}
