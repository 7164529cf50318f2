namespace Bff.GraphQL.Execution;

/// <summary>
/// A located field error travelling up to the nearest nullable position (spec 6.4.4, "Handling Field Errors"),
/// where it is recorded once and the position becomes null.
/// </summary>
internal sealed class FieldError(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
