using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bff.GraphQL.Ide.Internal;

/// <summary>Writes an IDE file with its validator, cache policy and, when the browser accepts one, a compressed copy.</summary>
internal static class IdeFileResponse
{
    // A year: the longest lifetime caches honour; content-hashed names make it safe.
    private const string ImmutableCaching = "public, max-age=31536000, immutable";

    // The page and configuration name the current files, so browsers revalidate them (cheaply, by ETag) on every load.
    private const string RevalidatedCaching = "no-cache";

    public static Task WriteAsync(HttpContext context, IdeFile file)
    {
        var encoding = file.Compressible ? ChooseEncoding(context.Request) : "identity";
        var etag = encoding == "identity" ? file.ETag : file.ETag.Insert(file.ETag.Length - 1, "-" + encoding);
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = etag;
        headers.CacheControl = file.Immutable ? ImmutableCaching : RevalidatedCaching;
        headers.XContentTypeOptions = "nosniff";
        if (file.Compressible)
        {
            headers.Vary = HeaderNames.AcceptEncoding;
        }

        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Contains(etag, StringComparison.Ordinal)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = file.Encoded(encoding);
        response.ContentType = file.ContentType;
        response.ContentLength = body.Length;
        if (encoding != "identity")
        {
            headers.ContentEncoding = encoding;
        }

        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    /// <summary>Brotli when the browser takes it (every current one does over HTTP and HTTPS alike), else gzip.</summary>
    private static string ChooseEncoding(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Accepts(string name) => accepted.Any(a =>
            a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);
        return Accepts("br") ? "br" : Accepts("gzip") ? "gzip" : "identity";
    }
}
