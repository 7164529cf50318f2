using Bff.Resilience;
using Bff.ServiceDefaults.Correlation;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Bff.ServiceDefaults.Tests;

public class ServiceDefaultsExtensionsTests
{
    [Fact]
    public async Task ARequestBudgetInConfigurationGivesEveryRequestADeadline()
    {
        await using var app = await TestApp.StartAsync(
            new Dictionary<string, string?> { [ServiceDefaultsExtensions.RequestBudgetKey] = "00:00:07" },
            map: MapDeadline);

        var remaining = await app.Client.GetStringAsync(new Uri("/deadline", UriKind.Relative));

        Assert.Equal("7", remaining);
    }

    [Fact]
    public async Task WithoutConfigurationEveryRequestHasTheTenSecondDefaultDeadline()
    {
        await using var app = await TestApp.StartAsync(map: MapDeadline);

        Assert.Equal("10", await app.Client.GetStringAsync(new Uri("/deadline", UriKind.Relative)));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:05")]
    [InlineData("01:00:00")]
    public async Task ARequestBudgetThatIsNotPositiveOrIsOverTenMinutesFailsStartUpNamingTheKey(string budget)
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { [ServiceDefaultsExtensions.RequestBudgetKey] = budget });

        Assert.Contains(ServiceDefaultsExtensions.RequestBudgetKey, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RateLimiting:Redis:Configuration", "Redis:Configuration")]
    [InlineData("Caching:Redis:Configuration", "Redis:Configuration")]
    [InlineData("Telemetry:OtlpEndpoint", "OTEL_EXPORTER_OTLP_ENDPOINT")]
    public async Task AKeyThatIsNoLongerReadFailsStartUpNamingItsReplacement(string retired, string replacement)
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { [retired] = "127.0.0.1:6379" });

        Assert.Contains(retired, error.Message, StringComparison.Ordinal);
        Assert.Contains(replacement, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreadableRequestBudgetFailsStartUpNamingTheKey()
    {
        var error = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { [ServiceDefaultsExtensions.RequestBudgetKey] = "soon" });

        Assert.Contains(ServiceDefaultsExtensions.RequestBudgetKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGenericHostGetsTheSameServicesWithoutTheHttpPipeline()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Development, DisableDefaults = true });
        builder.AddServiceDefaults();
        using var host = builder.Build();
        await host.StartAsync();

        var accessor = (ICorrelationIdAccessor?)host.Services.GetService(typeof(ICorrelationIdAccessor));
        await host.StopAsync();

        Assert.NotNull(accessor);
        Assert.Null(accessor.CorrelationId);
    }

    private static void MapDeadline(WebApplication app) =>
        app.MapGet("/deadline", (HttpContext c) =>
            c.Features.Get<RequestDeadline>() is { } d ? Math.Ceiling(d.Remaining.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none");
}
