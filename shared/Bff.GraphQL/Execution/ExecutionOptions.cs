namespace Bff.GraphQL.Execution;

/// <summary>How the executor behaves; defaults are safe for public traffic.</summary>
public sealed record ExecutionOptions
{
    /// <summary>
    /// When true, errors from unexpected exceptions carry the exception's message and type in <c>extensions</c>.
    /// Leave off outside development: messages can leak internals.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Called with every masked exception and the error the client sees, e.g. to log it.</summary>
    public Action<Exception, GraphQLError>? OnUnexpectedError { get; init; }

    /// <summary>Maps exceptions behind field errors to client-safe errors, in order; see <see cref="IErrorFilter"/>.</summary>
    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = [];

    public static ExecutionOptions Default { get; } = new();
}
