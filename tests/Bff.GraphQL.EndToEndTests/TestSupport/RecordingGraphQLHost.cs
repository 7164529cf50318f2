using System.Collections.Concurrent;
using Bff.GraphQL.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// A GraphQL service on Kestrel at 127.0.0.1 on a free port that records every request it saw (method, query
/// string, body, status, caching headers, response body), so a test can assert what a real client put on the wire.
/// </summary>
internal sealed class RecordingGraphQLHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests;

    private RecordingGraphQLHost(WebApplication app, ConcurrentQueue<RecordedRequest> requests)
    {
        this.app = app;
        this.requests = requests;
        Endpoint = new Uri(new Uri(app.Urls.First()), "/graphql");
    }

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:40123/graphql</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The requests to the endpoint so far, in the order they completed.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<RecordingGraphQLHost> StartAsync(Action<GraphQLServerBuilder> configure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder.Services.AddGraphQLServer());
        var app = builder.Build();
        var requests = new ConcurrentQueue<RecordedRequest>();
        app.Use(async (context, next) =>
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
                System.Text.Encoding.UTF8.GetString(copy.ToArray())));
        });
        app.MapGraphQL();
        await app.StartAsync();
        return new RecordingGraphQLHost(app, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
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
