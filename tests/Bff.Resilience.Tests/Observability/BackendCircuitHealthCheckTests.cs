using System.Net;
using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bff.Resilience.Tests.Observability;

public class BackendCircuitHealthCheckTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task ReadinessIsHealthyWhileEveryCircuitIsClosedAndListsEveryBackend()
    {
        using var host = Create(HttpStatusCode.OK, HealthStatus.Unhealthy);

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("Closed", report.Entries["backend-circuits"].Data["pricing"]);
    }

    [Theory]
    [InlineData(HealthStatus.Degraded)]
    [InlineData(HealthStatus.Unhealthy)]
    public async Task AnOpenCircuitReportsTheConfiguredFailureStatusNamingTheBackend(HealthStatus failureStatus)
    {
        using var host = Create(HttpStatusCode.InternalServerError, failureStatus);
        for (var i = 0; i < 2; i++)
        {
            (await host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative))).Dispose();
        }

        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["backend-circuits"];
        Assert.Equal(failureStatus, entry.Status);
        Assert.Contains("pricing", entry.Description, StringComparison.Ordinal);
        Assert.Equal("Open", entry.Data["pricing"]);
    }

    private ResilientClient Create(HttpStatusCode status, HealthStatus failureStatus)
    {
        var host = ResilientClient.Create(new FakeBackend(status), clock, o =>
        {
            ResilientClient.Fast(o);
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 1;
        }, configureServices: s => s.AddHealthChecks().AddBackendCircuitHealthChecks(failureStatus: failureStatus));
        return host;
    }
}
