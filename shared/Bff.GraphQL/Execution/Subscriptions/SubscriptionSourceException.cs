namespace Bff.GraphQL.Execution;

/// <summary>
/// The source event stream of a subscription failed while it was being read (spec: the response stream completes with
/// that error). <see cref="Error"/> is the error to send the client: located at the root field, masked unless the
/// exception was meant for clients, and passed through the error filters.
/// </summary>
public sealed class SubscriptionSourceException(GraphQLError error, Exception innerException)
    : Exception(error.Message, innerException)
{
    /// <summary>The client-safe error.</summary>
    public GraphQLError Error { get; } = error;
}
