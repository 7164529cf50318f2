using System.Net;
using System.Text.Json;
using Bff.ServiceDefaults.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.ServiceDefaults.Tests.Shutdown;

public class ShutdownTests
{
    [Fact]
    public async Task ReadyTurns503WithTheShutdownCheckOnceTheHostStartsStoppingWhileLiveStays200()
    {
        await using var app = await TestApp.StartAsync();
        using (var before = await app.Client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Started with StartAsync, nothing stops the server when the token fires: the endpoints keep answering.
        app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        using var ready = await app.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await app.Client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var shutdown = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "shutdown");
        Assert.Equal("Unhealthy", shutdown.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task DrainTimeoutBecomesTheHostShutdownTimeoutAndDefaultsTo30Seconds()
    {
        await using var configured = await TestApp.StartAsync(new Dictionary<string, string?> { ["Shutdown:DrainTimeout"] = "00:00:12" });
        await using var defaulted = await TestApp.StartAsync();

        Assert.Equal(TimeSpan.FromSeconds(12), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), defaulted.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Theory]
    [InlineData("Shutdown:DrainTimeout", "00:00:00", "Shutdown:DrainTimeout")]
    [InlineData("Shutdown:DrainTimeout", "01:00:00", "Shutdown:DrainTimeout")]
    [InlineData("Shutdown:ReadinessDelay", "-00:00:01", "Shutdown:ReadinessDelay")]
    [InlineData("Shutdown:ReadinessDelay", "00:00:30", "Shutdown:ReadinessDelay")]
    public async Task AnInvalidSettingStopsStartUpNamingTheKey(string key, string value, string named)
    {
        var failure = await TestApp.StartupFailureAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }
}
