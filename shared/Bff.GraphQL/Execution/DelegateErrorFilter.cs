namespace Bff.GraphQL.Execution;

/// <summary>An <see cref="IErrorFilter"/> from a function, for <c>AddErrorFilter(Func&lt;...&gt;)</c>.</summary>
internal sealed class DelegateErrorFilter(Func<GraphQLError, Exception, GraphQLError> filter) : IErrorFilter
{
    public GraphQLError OnError(GraphQLError error, Exception exception) => filter(error, exception);
}
