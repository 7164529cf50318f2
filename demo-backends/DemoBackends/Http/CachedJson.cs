using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;

namespace DemoBackends.Http;

/// <summary>
/// A cacheable JSON read: serialized once with source-generated metadata, tagged with a strong ETag,
/// answered with 304 when the caller already holds the same bytes.
/// </summary>
internal sealed class CachedJson<T>(T value, JsonTypeInfo<T> typeInfo, CachePolicy policy)
    : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>
{
    public T Value => value;

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var etag = ETags.Compute(payload);
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = policy.CacheControl;
        if (policy.IsPrivate)
        {
            response.Headers.Vary = "Authorization";
        }

        if (ETags.Matches(httpContext.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = payload.Length;
        await response.Body.WriteAsync(payload, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

internal static class Cached
{
    public static CachedJson<T> Json<T>(T value, JsonTypeInfo<T> typeInfo, CachePolicy policy) => new(value, typeInfo, policy);
}
