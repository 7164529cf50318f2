using System.Diagnostics;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Tests.Telemetry;

public class TelemetryExtensionsTests
{
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
    public void WithoutAnExporterOnlyTheBffsOwnSourcesAreTracedNotTheCachesOperations()
    {
        Assert.Equal([BffTelemetry.GraphQLSource, BffTelemetry.BackendsSource], BffTelemetry.TracedSources(exporting: false, cacheLevelTraces: true));
        Assert.Equal([BffTelemetry.GraphQLSource, BffTelemetry.BackendsSource, BffTelemetry.FusionCache], BffTelemetry.TracedSources(exporting: true, cacheLevelTraces: false));
        Assert.Equal(
            [BffTelemetry.GraphQLSource, BffTelemetry.BackendsSource, BffTelemetry.FusionCache, .. BffTelemetry.FusionCacheLevels],
            BffTelemetry.TracedSources(exporting: true, cacheLevelTraces: true));
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
}
