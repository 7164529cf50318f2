using Microsoft.AspNetCore.Http;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// Reads a GraphQL request from POST JSON or GET query parameters, with the endpoint's limits: for the HTTP endpoint
/// and the event-stream transport alike. The parsed body backs the request's JSON values, so it lives as long as the
/// response (or the stream) that uses them.
/// </summary>
internal sealed class GraphQLHttpRequestReader : IDisposable
{
    private readonly RequestBody? body;

    private GraphQLHttpRequestReader(GraphQLRequest request, RequestBody? body)
    {
        Request = request;
        this.body = body;
    }

    public GraphQLRequest Request { get; }

    /// <summary>The request, or a <see cref="GraphQLHttpException"/> (400, 405, 413, 415) as the HTTP endpoint throws it.</summary>
    public static async Task<GraphQLHttpRequestReader> ReadAsync(HttpContext context, GraphQLServerOptions options)
    {
        var http = context.Request;
        if (HttpMethods.IsPost(http.Method))
        {
            if (!MediaTypes.IsJsonRequest(http.ContentType))
            {
                throw new GraphQLHttpException(StatusCodes.Status415UnsupportedMediaType,
                    "POST requests must have Content-Type: application/json (UTF-8).");
            }

            if (http.ContentLength > options.MaxRequestBodySize)
            {
                throw new GraphQLHttpException(StatusCodes.Status413PayloadTooLarge,
                    $"The request body is larger than {options.MaxRequestBodySize} bytes.");
            }

            var body = await RequestBody.ReadAsync(http.Body, options.MaxRequestBodySize, options.MaxRequestJsonDepth, context.RequestAborted);
            try
            {
                return new GraphQLHttpRequestReader(RequestParameters.FromJson(body.Json.RootElement), body);
            }
            catch
            {
                body.Dispose();
                throw;
            }
        }

        if (!HttpMethods.IsGet(http.Method) || !options.EnableGetRequests)
        {
            throw new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, $"{http.Method} is not supported here.");
        }

        return new GraphQLHttpRequestReader(RequestParameters.FromQueryString(http.Query, options.MaxRequestJsonDepth), null);
    }

    public void Dispose() => body?.Dispose();
}
