namespace Bff.GraphQL.Server;

/// <summary>Values of <c>extensions.code</c> for errors of the streaming transports.</summary>
public static class SubscriptionErrorCodes
{
    /// <summary>The service has as many streaming connections open as it allows (503).</summary>
    public const string TooManyConnections = "TOO_MANY_CONNECTIONS";

    /// <summary>A WebSocket has as many operations running as it allows.</summary>
    public const string TooManyOperations = "TOO_MANY_OPERATIONS";

    /// <summary>A subscription over plain HTTP, which can carry only one result.</summary>
    public const string StreamingTransportRequired = "STREAMING_TRANSPORT_REQUIRED";
}
