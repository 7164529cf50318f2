using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// Records every request a host serves (method, query string, body, status, caching headers, response body) from
/// the front of its pipeline, so a test can assert what a real client put on the wire. Any host gets it with
/// <see cref="AddRequestRecorder"/> in its services (a <c>WebApplicationFactory</c>'s too): it is an
/// <see cref="IStartupFilter"/>. Responses are buffered, so it is not for tests of streaming.
/// </summary>
internal sealed class RequestRecorder : IStartupFilter
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();

    /// <summary>The requests so far, in the order they completed.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Registers a recorder in front of the host's pipeline; read it back with <c>GetRequiredService</c>.</summary>
    public static void AddRequestRecorder(IServiceCollection services)
    {
        var recorder = new RequestRecorder();
        services.AddSingleton(recorder);
        services.AddSingleton<IStartupFilter>(recorder);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(RecordAsync);
        next(app);
    };

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var body = await ReadBodyAsync(context.Request);
        var original = context.Response.Body;
        using var copy = new MemoryStream();
        context.Response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        copy.Position = 0;
        await copy.CopyToAsync(original, context.RequestAborted);
        requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Request.QueryString.Value ?? string.Empty,
            body,
            context.Response.StatusCode,
            context.Response.Headers.CacheControl.ToString(),
            context.Response.Headers.ETag.ToString(),
            Encoding.UTF8.GetString(copy.ToArray())));
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        // Buffered so the engine still reads the body after the recorder did.
        request.EnableBuffering();
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return body;
    }
}
