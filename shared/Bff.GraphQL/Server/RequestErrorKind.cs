namespace Bff.GraphQL.Server;

/// <summary>Why a request produced no data, which decides its HTTP status code.</summary>
public enum RequestErrorKind
{
    /// <summary>The request executed (its result may still hold field errors).</summary>
    None,

    /// <summary>A persisted operation unknown, a document that does not parse or validate, variables that do not coerce.</summary>
    BadRequest,

    /// <summary>
    /// Not a well-formed GraphQL-over-HTTP request (no query at all): 400 whatever the media type, since even legacy
    /// <c>application/json</c> clients are owed 200 only for well-formed requests.
    /// </summary>
    MalformedRequest,

    /// <summary>
    /// An Automatic Persisted Query hash the server does not know (<c>PERSISTED_QUERY_NOT_FOUND</c>) or cannot look up
    /// (<c>PERSISTED_QUERY_NOT_SUPPORTED</c>): not a failure but the protocol's request for the text, answered 200 with
    /// <c>no-store</c> whatever the media type, as Apollo Server does (ADR 0005).
    /// </summary>
    PersistedQueryMiss,

    /// <summary>A mutation sent with GET.</summary>
    MethodNotAllowed,

    /// <summary>The operation ran out of time.</summary>
    Timeout,
}
