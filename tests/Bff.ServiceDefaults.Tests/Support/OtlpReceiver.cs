using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>
/// A stand-in OTLP collector on a real socket: accepts any POST, over HTTP/1.1 (http/protobuf) or HTTP/2 cleartext
/// (gRPC), and keeps the path and body of each. Protobuf keeps strings as UTF-8, so names can be searched in the bodies.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<(string Path, byte[] Body)> _posts = [];

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public static async Task<OtlpReceiver> StartAsync(bool grpc = false, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port, l =>
            l.Protocols = grpc ? HttpProtocols.Http2 : HttpProtocols.Http1));
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/{**path}", async (HttpContext c) =>
        {
            using var buffer = new MemoryStream();
            await c.Request.Body.CopyToAsync(buffer);
            lock (receiver._posts)
            {
                receiver._posts.Add((c.Request.Path.Value!, buffer.ToArray()));
            }

            if (grpc)
            {
                // An empty gRPC reply: a message frame of length 0 and status OK in the trailers.
                c.Response.ContentType = "application/grpc";
                c.Response.AppendTrailer("grpc-status", "0");
                await c.Response.Body.WriteAsync(new byte[5]);
            }
        });
        await app.StartAsync();
        return receiver;
    }

    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_posts)
            {
                return [.. _posts.Select(p => p.Path)];
            }
        }
    }

    /// <summary>Every body posted to <paramref name="path"/>, as text.</summary>
    public string Received(string path)
    {
        lock (_posts)
        {
            return string.Join('\n', _posts.Where(p => p.Path == path).Select(p => Encoding.UTF8.GetString(p.Body)));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
