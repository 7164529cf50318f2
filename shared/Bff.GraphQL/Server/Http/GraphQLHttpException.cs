namespace Bff.GraphQL.Server.Http;

/// <summary>A request the transport rejects before GraphQL sees it (bad parameters, size, media type).</summary>
internal sealed class GraphQLHttpException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
