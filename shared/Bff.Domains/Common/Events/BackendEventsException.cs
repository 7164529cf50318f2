using Bff.GraphQL.Execution;

namespace Bff.Domains.Common.Events;

/// <summary>A live-event subscription that cannot start or cannot go on; its code says which.</summary>
public sealed class BackendEventsException : GraphQLException
{
    private BackendEventsException(string message, string code)
        : base(message, code)
    {
    }

    /// <summary>Events cannot be read now (no Redis configured, or Redis unreachable): <c>LIVE_UPDATES_UNAVAILABLE</c>.</summary>
    public static BackendEventsException Unavailable(string why) =>
        new($"Live updates are unavailable: {why}. Query the data instead, or subscribe again later.", DomainErrorCodes.LiveUpdatesUnavailable);

    /// <summary>The subscriber let <paramref name="capacity"/> events pile up: <c>SUBSCRIBER_TOO_SLOW</c>.</summary>
    public static BackendEventsException TooSlow(int capacity) =>
        new($"This subscription was ended because {capacity} events were waiting to be read. Subscribe again to resume.", DomainErrorCodes.SubscriberTooSlow);
}
