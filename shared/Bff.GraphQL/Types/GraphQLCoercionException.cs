namespace Bff.GraphQL.Types;

/// <summary>A value could not be coerced to or from a GraphQL type. The message follows graphql-js's wording.</summary>
public sealed class GraphQLCoercionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GraphQLCoercionException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public GraphQLCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause (a failing custom scalar hook).</summary>
    public GraphQLCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where in the input value the problem is: field names and list indexes; empty for the value itself.</summary>
    public IReadOnlyList<object> Path { get; init; } = [];
}
