using System.Buffers;
using System.Text.Json;
using Bff.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Bff.GraphQL.Server.Http;

/// <summary>Writes GraphQL responses straight to the response body, choosing the status code by media type.</summary>
internal static class ResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static Task WriteAsync(HttpContext context, GraphQLResponse response, string mediaType)
    {
        if (response.ErrorKind == RequestErrorKind.PersistedQueryMiss)
        {
            // A 200 that no cache may keep: a CDN holding "not found" for a GET hash would answer it after the retry
            // registered the text.
            context.Response.Headers.CacheControl = "no-store";
        }

        return WriteAsync(context, response.Result, mediaType, StatusCodeOf(response.ErrorKind, mediaType));
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, string mediaType) =>
        WriteAsync(context, ExecutionResult.RequestError(new GraphQLError(message)), mediaType, statusCode);

    /// <summary>
    /// With <c>application/graphql-response+json</c> a response without data is a 4xx/5xx; with <c>application/json</c>
    /// every well-formed request gets 200, as the GraphQL-over-HTTP draft asks for legacy clients. A persisted-query
    /// miss gets 200 with either: Apollo's clients read it as a GraphQL response only then (ADR 0005).
    /// </summary>
    internal static int StatusCodeOf(RequestErrorKind kind, string mediaType) => kind switch
    {
        RequestErrorKind.None or RequestErrorKind.PersistedQueryMiss => StatusCodes.Status200OK,
        RequestErrorKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        RequestErrorKind.MalformedRequest => StatusCodes.Status400BadRequest,
        _ when mediaType == MediaTypes.Json => StatusCodes.Status200OK,
        RequestErrorKind.Timeout => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status400BadRequest,
    };

    private static async Task WriteAsync(HttpContext context, ExecutionResult result, string mediaType, int statusCode)
    {
        var response = context.Response;
        StartResponse(response, statusCode, mediaType);

        await using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ExecutionResultWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Status and media type, and <c>Allow</c> for a mutation sent with GET (only POST can run it).</summary>
    internal static void StartResponse(HttpResponse response, int statusCode, string mediaType)
    {
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        if (statusCode == StatusCodes.Status405MethodNotAllowed && string.IsNullOrEmpty(response.Headers.Allow))
        {
            response.Headers.Allow = "POST";
        }
    }

    /// <summary>The response as UTF-8 JSON in <paramref name="buffer"/>, for writers that need its bytes first.</summary>
    internal static void Serialize(IBufferWriter<byte> buffer, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        ExecutionResultWriter.Write(writer, result);
    }
}
