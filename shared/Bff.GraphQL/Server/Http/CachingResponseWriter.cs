using System.Buffers;
using System.Security.Cryptography;
using Bff.GraphQL.Execution.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bff.GraphQL.Server.Http;

/// <summary>
/// HTTP caching of GET responses (<see cref="GraphQLServerOptions.EnableHttpCaching"/>): <c>Cache-Control</c> from the
/// response's cache policy, a strong <c>ETag</c> over the bytes of a cacheable response, 304 on a matching
/// <c>If-None-Match</c>. The body is rendered to memory first, since its hash is a header.
/// </summary>
internal static class CachingResponseWriter
{
    public static async Task WriteAsync(HttpContext context, GraphQLResponse graphQLResponse, string mediaType)
    {
        var statusCode = ResponseWriter.StatusCodeOf(graphQLResponse.ErrorKind, mediaType);
        var policy = statusCode == StatusCodes.Status200OK && graphQLResponse.ErrorKind == RequestErrorKind.None
            ? graphQLResponse.Result.CachePolicy
            : CachePolicy.NotCacheable;
        var body = new ArrayBufferWriter<byte>();
        ResponseWriter.Serialize(body, graphQLResponse.Result);

        var response = context.Response;
        response.Headers.CacheControl = policy.ToHeaderValue();
        // The media type is negotiated from Accept; a private answer also depends on who asked.
        response.Headers.Vary = policy.Scope == CacheControlScope.Private ? "Accept, Authorization" : "Accept";
        if (policy.IsCacheable)
        {
            var etag = "\"" + Base64Url(SHA256.HashData(body.WrittenSpan)) + "\"";
            response.Headers.ETag = etag;
            if (Matches(context.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        ResponseWriter.StartResponse(response, statusCode, mediaType);
        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, context.RequestAborted);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): <c>W/"x"</c> matches <c>"x"</c>; <c>*</c> matches any.</summary>
    private static bool Matches(HttpRequest request, string etag)
    {
        var candidates = request.GetTypedHeaders().IfNoneMatch;
        var ours = new EntityTagHeaderValue(etag);
        return candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(ours, useStrongComparison: false));
    }

    private static string Base64Url(byte[] hash) =>
        Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
