namespace Bff.GraphQL.Execution;

/// <summary>
/// Thrown by a resolver to report an error whose message is safe to show the client. Any other exception is
/// masked by the executor as "Unexpected execution error".
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    public GraphQLException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public GraphQLException()
    {
    }

    /// <summary>Reported as <c>extensions.code</c>.</summary>
    public string? Code { get; }

    /// <summary>Further <c>extensions</c> entries.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}
