namespace Bff.GraphQL.Execution;

/// <summary>
/// Turns the exception behind a field error into the error the client sees, in the shape of Hot Chocolate's
/// <c>IErrorFilter</c>: e.g. a backend's failure into <c>BACKEND_UNAVAILABLE</c> with <c>extensions.backend</c>.
/// Filters run in registration order, each given the previous one's error; an exception no filter maps stays masked
/// as <c>Unexpected execution error</c> (and is logged).
/// </summary>
public interface IErrorFilter
{
    /// <summary>
    /// The error to report for <paramref name="exception"/>. <paramref name="error"/> is already located (message,
    /// locations, path); for exceptions not meant for clients it is the masked one. Return it unchanged to pass.
    /// </summary>
    GraphQLError OnError(GraphQLError error, Exception exception);
}
