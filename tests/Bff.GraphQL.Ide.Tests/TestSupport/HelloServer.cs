using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.GraphQL.Ide.Tests.TestSupport;

/// <summary>
/// A service with a one-field schema and Banana Cake Pop, on real Kestrel at a free loopback port. It logs every request
/// it gets (with POST bodies) so tests can see what the IDE asked of it.
/// </summary>
public sealed class HelloServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> requests = new();
    private WebApplication? app;

    public Uri Origin { get; private set; } = null!;

    public Uri Endpoint => new(Origin, "/graphql");

    public IReadOnlyCollection<string> Requests => requests;

    public HttpClient CreateClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = Origin,
        };

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer()
            .AddDocumentFromString("type Query { hello(name: String = \"world\"): String! }")
            .AddResolver("Query", "hello", ctx => "Hello " + ctx.ArgumentValue<string>("name"))
            .AllowIntrospection() // the IDE reads the schema; off by default outside Development
            .AddBananaCakePop();
        app = builder.Build();
        app.Use(LogAsync);
        app.MapGraphQL();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Origin = new Uri(address);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private async Task LogAsync(HttpContext context, RequestDelegate next)
    {
        var line = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
        if (HttpMethods.IsPost(context.Request.Method))
        {
            context.Request.EnableBuffering();
            line += " " + await new StreamReader(context.Request.Body, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
            context.Request.Body.Position = 0;
        }

        requests.Enqueue(line);
        await next(context);
    }
}
