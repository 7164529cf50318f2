using System.Diagnostics;
using System.Text;
using Bff.ServiceDefaults.Telemetry;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;

namespace Bff.ServiceDefaults.Tests.Telemetry;

public class TelemetryProvidersTests
{
    [Fact]
    public async Task WithoutAnOtlpEndpointNothingIsExported()
    {
        await using var app = await TestApp.StartAsync();

        var providers = app.Services.GetRequiredService<TelemetryProviders>();
        Assert.False(providers.IsExporting);
        Assert.Null(app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.OtlpEndpoint);
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

        Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithAnOtlpEndpointServerAndCustomSpansAreExportedThere()
    {
        var bodies = new List<byte[]>();
        await using var receiver = await PlainApp.StartAsync(a => a.MapPost("/v1/traces", async (HttpContext c) =>
        {
            using var buffer = new MemoryStream();
            await c.Request.Body.CopyToAsync(buffer);
            lock (bodies)
            {
                bodies.Add(buffer.ToArray());
            }

            return Results.Ok();
        }));
        await using var app = await TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = receiver.Address.ToString(),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_SERVICE_NAME"] = "bff-export-test",
        });
        using var source = new ActivitySource(BffTelemetry.BackendsSource);

        using var response = await app.Client.GetAsync(new Uri("/ping", UriKind.Relative));
        source.StartActivity("backend-call-under-test")?.Dispose();
        var providers = app.Services.GetRequiredService<TelemetryProviders>();
        Assert.True(providers.IsExporting);
        Assert.True(providers.Tracer.ForceFlush(10_000));

        string exported;
        lock (bodies)
        {
            exported = string.Join('\n', bodies.Select(b => Encoding.UTF8.GetString(b)));
        }

        Assert.Contains("bff-export-test", exported, StringComparison.Ordinal);
        Assert.Contains("Microsoft.AspNetCore", exported, StringComparison.Ordinal);
        Assert.Contains("backend-call-under-test", exported, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://collector:4318", "http/protobuf", "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4318/", "http/protobuf", "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4317", "grpc", "http://collector:4317/")]
    public void HttpExportersPostToTheSignalPathAndGrpcToTheEndpoint(string endpoint, string protocol, string expected)
    {
        var exporter = new OpenTelemetry.Exporter.OtlpExporterOptions();

        OtlpSettings.Apply(exporter, new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol }, "v1/traces");

        Assert.Equal(new Uri(expected), exporter.Endpoint);
    }
}
