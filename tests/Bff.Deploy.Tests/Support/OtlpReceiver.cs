using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// A minimal OTLP/HTTP (protobuf) receiver on Kestrel, standing where the compose file's collector stands: it records
/// the name, unit and kind of every metric and the scope and name of every span the BFFs export.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication app;

    private OtlpReceiver(WebApplication app) => this.app = app;

    /// <summary>One exported metric, as the collector's Prometheus exporter gets it.</summary>
    public sealed record Metric(string Service, string Scope, string Name, string Unit, MetricKind Kind);

    /// <summary>One exported span.</summary>
    public sealed record Span(string Service, string Scope, string Name, int StatusCode);

    /// <summary>Every metric received (deduplicated).</summary>
    public ConcurrentDictionary<Metric, bool> Metrics { get; } = new();

    /// <summary>Every span received (deduplicated by service, scope, name and status).</summary>
    public ConcurrentDictionary<Span, bool> Spans { get; } = new();

    /// <summary>The base address to give as <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>).</summary>
    public Uri Endpoint => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts on a free loopback port.</summary>
    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test's output folder holds the BFFs' appsettings.json (bff-mobile's names Kestrel endpoint 5101): none
        // of it is the receiver's, and an endpoint from it would take a port the dev stack's tests need.
        builder.Configuration.Sources.Clear();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var receiver = new OtlpReceiver(builder.Build());
        receiver.app.MapPost("/v1/metrics", async (HttpRequest request) => { receiver.OnMetrics(await BodyAsync(request)); return Ok(); });
        receiver.app.MapPost("/v1/traces", async (HttpRequest request) => { receiver.OnTraces(await BodyAsync(request)); return Ok(); });
        receiver.app.MapPost("/v1/logs", () => Ok());
        await receiver.app.StartAsync();
        return receiver;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    // An empty Export*ServiceResponse: full success.
    private static IResult Ok() => Results.Bytes([], "application/x-protobuf");

    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    // ExportMetricsServiceRequest: 1 resource_metrics { 1 resource, 2 scope_metrics { 1 scope { 1 name }, 2 metrics } }.
    // Metric: 1 name, 3 unit, 5 gauge, 7 sum { 3 is_monotonic }, 9 histogram, 10 exponential_histogram, 11 summary.
    private void OnMetrics(byte[] request)
    {
        foreach (var resource in Protobuf.All(request, 1))
        {
            var service = ServiceName(resource);
            foreach (var scopeMetrics in Protobuf.All(resource, 2))
            {
                var scope = Protobuf.All(scopeMetrics, 1).Select(s => Protobuf.String(s, 1)).FirstOrDefault() ?? "";
                foreach (var metric in Protobuf.All(scopeMetrics, 2))
                {
                    var fields = Protobuf.Fields(metric).Select(f => f.Number).ToHashSet();
                    var kind = fields.Contains(5) ? MetricKind.Gauge
                        : fields.Contains(7) ? (Protobuf.Number(Protobuf.All(metric, 7).First(), 3) == 1 ? MetricKind.Counter : MetricKind.UpDownCounter)
                        : fields.Contains(9) ? MetricKind.Histogram
                        : MetricKind.Other;
                    Metrics.TryAdd(new Metric(service, scope, Protobuf.String(metric, 1)!, Protobuf.String(metric, 3) ?? "", kind), true);
                }
            }
        }
    }

    // ExportTraceServiceRequest: 1 resource_spans { 1 resource, 2 scope_spans { 1 scope { 1 name }, 2 spans } }.
    // Span: 5 name, 15 status { 3 code }.
    private void OnTraces(byte[] request)
    {
        foreach (var resource in Protobuf.All(request, 1))
        {
            var service = ServiceName(resource);
            foreach (var scopeSpans in Protobuf.All(resource, 2))
            {
                var scope = Protobuf.All(scopeSpans, 1).Select(s => Protobuf.String(s, 1)).FirstOrDefault() ?? "";
                foreach (var span in Protobuf.All(scopeSpans, 2))
                {
                    var status = Protobuf.All(span, 15).Select(s => (int)Protobuf.Number(s, 3)).FirstOrDefault();
                    Spans.TryAdd(new Span(service, scope, Protobuf.String(span, 5)!, status), true);
                }
            }
        }
    }

    // Resource: 1 attributes (KeyValue { 1 key, 2 value (AnyValue { 1 string_value }) }).
    private static string ServiceName(byte[] resourceMessage) => Protobuf.All(resourceMessage, 1)
        .SelectMany(r => Protobuf.All(r, 1))
        .Where(kv => Protobuf.String(kv, 1) == "service.name")
        .Select(kv => Protobuf.All(kv, 2).Select(v => Protobuf.String(v, 1)).FirstOrDefault())
        .FirstOrDefault() ?? "";
}
