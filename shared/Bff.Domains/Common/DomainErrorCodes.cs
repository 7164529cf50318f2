namespace Bff.Domains;

/// <summary>The <c>extensions.code</c> values the domain modules report.</summary>
public static class DomainErrorCodes
{
    /// <summary>The backend failed or answered an error status.</summary>
    public const string BackendUnavailable = "BACKEND_UNAVAILABLE";

    /// <summary>The backend did not answer in time (its timeout, or the request's deadline budget).</summary>
    public const string BackendTimeout = "BACKEND_TIMEOUT";

    /// <summary>The backend's circuit breaker is open; it was not called.</summary>
    public const string CircuitOpen = "CIRCUIT_OPEN";

    /// <summary>The field needs a signed-in user (a valid bearer token).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>An argument has the wrong shape or was refused by the backend as invalid.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The thing to change does not exist (e.g. a product not in the cart).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>Live updates cannot be read now (no Redis, or Redis unreachable); queries still work.</summary>
    public const string LiveUpdatesUnavailable = "LIVE_UPDATES_UNAVAILABLE";

    /// <summary>A subscription was ended because its client did not read its events fast enough.</summary>
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";
}
