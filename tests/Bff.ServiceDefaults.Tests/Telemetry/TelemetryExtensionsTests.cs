using System.Diagnostics;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Tests.Telemetry;

public class TelemetryExtensionsTests
{
    private const string GrpcTracePath = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";

    [Fact]
    public async Task WithoutAnOtlpEndpointNothingIsExported()
    {
        // Where an exporter without an endpoint would post: the default http/protobuf address of a local collector.
        await using var collector = await OtlpReceiver.StartAsync(port: 4318);
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf" });
        var serverSpansEnded = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Microsoft.AspNetCore",
            ActivityStopped = _ => Interlocked.Increment(ref serverSpansEnded),
        };
        ActivitySource.AddActivityListener(listener);

        using var response = await app.Client.GetAsync(new Uri("/ping", UriKind.Relative));
        await Eventually.TrueAsync(() => Volatile.Read(ref serverSpansEnded) > 0);
        Assert.True(app.Services.GetRequiredService<TracerProvider>().ForceFlush(5_000));

        Assert.Null(app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.OtlpEndpoint);
        Assert.Empty(collector.Paths);
    }

    [Fact]
    public async Task TheServiceNameComesFromOtelServiceNameElseTheApplicationName()
    {
        await using var named = await TestApp.StartAsync(new Dictionary<string, string?> { ["OTEL_SERVICE_NAME"] = "bff-mobile" });
        await using var unnamed = await TestApp.StartAsync();

        Assert.Equal("bff-mobile", named.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.ServiceName);
        Assert.Equal(
            unnamed.App.Environment.ApplicationName,
            unnamed.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.ServiceName);
    }

    [Fact]
    public async Task AnEndpointThatIsNotAUriFailsStartUpNamingTheVariable()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "collector:4317" });

        Assert.True(error is OptionsValidationException, error.ToString());
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", error.Message, StringComparison.Ordinal);
    }

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

    [Fact]
    public async Task WithAnOtlpEndpointLogLinesAreExportedThereToo()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        var app = await TestApp.StartAsync(HttpExport(collector, "bff-logs-test"));
        app.Services.GetRequiredService<ILogger<TelemetryExtensionsTests>>().LogWarning("Exported warning {Marker}", "log-line-under-test");

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
