using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Instances.Tests.Support;

/// <summary>
/// A small forwarder in front of each demo backend, in the test process: the BFF processes call these ports, every request
/// goes on to the real service through a <see cref="BackendCallLog"/> handler, so a test counts what separate BFF
/// processes asked the backends for (their own handlers are out of reach).
/// </summary>
public sealed class CountingBackends : IAsyncDisposable
{
    /// <summary>The services, as <see cref="DemoBackendsProcess.UrlOf"/> names them.</summary>
    public static readonly IReadOnlyList<string> Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];

    // Headers of one connection, or of the framing the two sides each do their own way.
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Length", "Upgrade", "Proxy-Connection", "TE", "Trailer",
    };

    private readonly WebApplication app;
    private readonly HttpClient client;
    private readonly Dictionary<string, Uri> urls;

    private CountingBackends(WebApplication app, HttpClient client, BackendCallLog calls, Dictionary<string, Uri> urls)
    {
        this.app = app;
        this.client = client;
        this.urls = urls;
        Calls = calls;
    }

    /// <summary>Every call that went through, named by service in lower case (<c>catalog GET /products/7</c>).</summary>
    public BackendCallLog Calls { get; }

    /// <summary>Where a BFF calls <paramref name="service"/> (e.g. <c>Pricing</c>) so that the call is counted.</summary>
    public Uri UrlOf(string service) => urls[service];

    /// <summary>Starts one listener per service of <paramref name="demo"/>, each forwarding to that service.</summary>
    public static async Task<CountingBackends> StartAsync(DemoBackendsProcess demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        var calls = new BackendCallLog(Services.ToDictionary(s => demo.UrlOf(s).Port, s => s.ToLowerInvariant()));
        var handler = calls.CreateHandler();
        // Passes through what the backend sent: no proxy, no redirects, no decompression or cookies of its own.
        handler.InnerHandler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        var ports = Services.ToDictionary(s => s, _ => RedisServer.FreePort());
        var targets = ports.ToDictionary(p => p.Value, p => demo.UrlOf(p.Key).ToString());

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            foreach (var port in targets.Keys)
            {
                k.Listen(IPAddress.Loopback, port);
            }
        });
        var app = builder.Build();
        app.Map("/{**rest}", (HttpContext context) => ForwardAsync(context, new Uri(targets[context.Connection.LocalPort]), client));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            client.Dispose();
            throw;
        }

        var urls = ports.ToDictionary(p => p.Key, p => new Uri($"http://127.0.0.1:{p.Value.ToString(CultureInfo.InvariantCulture)}/"));
        return new CountingBackends(app, client, calls, urls);
    }

    // Request and response buffered whole: the demo's bodies are small, and the BFF's timeouts see the backend's time.
    private static async Task ForwardAsync(HttpContext context, Uri target, HttpClient client)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(target, context.Request.Path + context.Request.QueryString));
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        if (body.Length > 0)
        {
            request.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (!HopByHop.Contains(name) && !request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        using var response = await client.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        client.Dispose();
    }
}
