using System.Net;
using Bff.Backends.Http;
using Bff.GraphQL.Execution;
using Bff.Resilience;

namespace Bff.Domains.Common;

/// <summary>
/// THE seam where a backend failure becomes a GraphQL error: <c>extensions.code</c> and <c>extensions.backend</c>,
/// with a message safe to show (names the backend, never a URL, body or stack trace). When the engine gains an error
/// filter (exception to <c>extensions.code</c>), this mapping is what it should be configured with.
/// </summary>
internal static class BackendErrorMapping
{
    /// <summary>The GraphQL error for <paramref name="exception"/>, or null to let it pass (the caller's own cancellation).</summary>
    public static GraphQLException? Map(string backend, Exception exception, CancellationToken requestAborted) => exception switch
    {
        GraphQLException => null,
        // The client went away or the operation ran out of time: the engine answers for the whole request.
        OperationCanceledException when requestAborted.IsCancellationRequested => null,
        BackendUnavailableException unavailable => Unavailable(unavailable),
        BackendException failed => FromStatus(failed),
        OperationCanceledException or TimeoutException => Error(backend, DomainErrorCodes.BackendTimeout, $"The {backend} service did not answer in time."),
        HttpRequestException => Error(backend, DomainErrorCodes.BackendUnavailable, $"The {backend} service is unavailable."),
        // The route guard refused an id that would address another route; the boundary checks should stop it first.
        ArgumentException => Error(backend, DomainErrorCodes.BadUserInput, "The id is not valid."),
        _ => null,
    };

    private static GraphQLException Unavailable(BackendUnavailableException exception) => exception.Reason switch
    {
        BackendUnavailableReason.CircuitOpen => Error(exception.Backend, DomainErrorCodes.CircuitOpen, $"The {exception.Backend} service is unavailable (circuit open)."),
        BackendUnavailableReason.Timeout or BackendUnavailableReason.DeadlineExceeded =>
            Error(exception.Backend, DomainErrorCodes.BackendTimeout, $"The {exception.Backend} service did not answer in time."),
        _ => Error(exception.Backend, DomainErrorCodes.BackendUnavailable, $"The {exception.Backend} service is unavailable."),
    };

    // The title is the ProblemDetails title only, cut and cleaned by Bff.Backends: safe to show for the caller's own mistakes.
    private static GraphQLException FromStatus(BackendException exception) => exception.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            Error(exception.Backend, DomainErrorCodes.Unauthenticated, "A valid sign-in is required for this field."),
        HttpStatusCode.NotFound => Error(exception.Backend, DomainErrorCodes.NotFound, exception.Title ?? "Not found."),
        HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Conflict =>
            Error(exception.Backend, DomainErrorCodes.BadUserInput, exception.Title ?? "The input was refused."),
        _ => Error(exception.Backend, DomainErrorCodes.BackendUnavailable, $"The {exception.Backend} service is unavailable."),
    };

    private static GraphQLException Error(string backend, string code, string message) =>
        new(message, code, new Dictionary<string, object?> { ["backend"] = backend });
}
