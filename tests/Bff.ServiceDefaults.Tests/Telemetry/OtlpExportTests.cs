using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Tests.Telemetry;

/// <summary>What reaches a collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: traces, metrics and logs.</summary>

public class OtlpExportTests
{
    private const string GrpcTracePath = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

    [Fact]
    public async Task WithAnOtlpEndpointServerBackendAndCacheSpansAreExportedThere()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(HttpExport(collector, "bff-export-test"));
        using var backends = new ActivitySource(BffTelemetry.BackendsSource);
        using var cache = new ActivitySource(BffTelemetry.FusionCache);

        using var response = await app.Client.GetAsync(new Uri("/ping", UriKind.Relative));
        backends.StartActivity("backend-call-under-test")?.Dispose();
        cache.StartActivity("cache-get-under-test")?.Dispose();

        // The server span ends just after the client has its response: flush until it has been exported too.
        await FlushUntilAsync(app, () => collector.Received("/v1/traces").Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
        var exported = collector.Received("/v1/traces");
        Assert.Contains("bff-export-test", exported, StringComparison.Ordinal);
        Assert.Contains("Microsoft.AspNetCore", exported, StringComparison.Ordinal);
        Assert.Contains("backend-call-under-test", exported, StringComparison.Ordinal);
        Assert.Contains("cache-get-under-test", exported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CacheLevelSpansAreExportedOnlyWhenCacheLevelTracesIsOn(bool levelTraces)
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var settings = HttpExport(collector, $"bff-levels-{levelTraces}");
        settings["Telemetry:CacheLevelTraces"] = levelTraces ? "true" : "false";
        await using var app = await TestApp.StartAsync(settings);
        using var cache = new ActivitySource(BffTelemetry.FusionCache);
        using var memory = new ActivitySource(BffTelemetry.FusionCacheLevels[0]);
        var marker = $"memory-get-{Guid.NewGuid():N}";

        memory.StartActivity(marker)?.Dispose();
        cache.StartActivity("cache-get-under-test")?.Dispose();

        await FlushUntilAsync(app, () => collector.Received("/v1/traces").Contains("cache-get-under-test", StringComparison.Ordinal));
        Assert.Equal(levelTraces, collector.Received("/v1/traces").Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(BffTelemetry.PollyMeter)]
    [InlineData(BffTelemetry.FusionCache)]
    [InlineData(BffTelemetry.GraphQLMeter)]
    public async Task WithAnOtlpEndpointTheResilienceCacheAndEngineMetersAreExported(string meterName)
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(HttpExport(collector, "bff-metrics-test"));
        using var meter = new Meter(meterName);
        var instrument = $"counter-of-{meterName.ToLowerInvariant()}";

        meter.CreateCounter<long>(instrument).Add(1);

        await Eventually.TrueAsync(() =>
            app.Services.GetRequiredService<MeterProvider>().ForceFlush(5_000)
            && collector.Received("/v1/metrics").Contains(instrument, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAnOtlpEndpointLogLinesAreExportedThereToo()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var app = await TestApp.StartAsync(HttpExport(collector, "bff-logs-test"));
        app.Services.GetRequiredService<ILogger<OtlpExportTests>>().LogWarning("Exported warning {Marker}", "log-line-under-test");

        // Disposing the host disposes the logger, which flushes the sink's batch.
        await app.DisposeAsync();

        await Eventually.TrueAsync(() => collector.Received("/v1/logs").Contains("log-line-under-test", StringComparison.Ordinal));
        Assert.Contains("bff-logs-test", collector.Received("/v1/logs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http/protobuf", "", "/v1/traces")]
    [InlineData("http/protobuf", "/", "/v1/traces")]
    [InlineData("grpc", "", GrpcTracePath)]
    public async Task HttpExportersPostToTheSignalPathAndGrpcToTheServiceMethod(string protocol, string endpointSuffix, string expectedPath)
    {
        await using var collector = await OtlpReceiver.StartAsync(grpc: protocol == "grpc");
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.AbsoluteUri.TrimEnd('/') + endpointSuffix,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = protocol,
        });

        using var response = await app.Client.GetAsync(new Uri("/ping", UriKind.Relative));

        await FlushUntilAsync(app, () => collector.Paths.Contains(expectedPath));
    }

    private static Task FlushUntilAsync(TestApp app, Func<bool> exported) =>
        Eventually.TrueAsync(() => app.Services.GetRequiredService<TracerProvider>().ForceFlush(5_000) && exported());

    private static Dictionary<string, string?> HttpExport(OtlpReceiver collector, string serviceName) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address.ToString(),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_SERVICE_NAME"] = serviceName,
    };
}
