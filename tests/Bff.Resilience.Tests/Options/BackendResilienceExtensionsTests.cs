using System.Net;
using Bff.Resilience.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Resilience.Tests.Options;

public class BackendResilienceExtensionsTests
{
    [Fact]
    public void BackendSectionOverridesDefaultsAndTheCodeCallbackOverridesBoth()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Resilience:Defaults:Retry:MaxRetryAttempts"] = "5",
            ["Resilience:Defaults:AttemptTimeout:Timeout"] = "00:00:03",
            ["Resilience:Backends:pricing:AttemptTimeout:Timeout"] = "00:00:02",
            ["Resilience:Backends:pricing:Hedging:Enabled"] = "true",
            ["Resilience:Backends:pricing:RateLimiter:DefaultRateLimiterOptions:PermitLimit"] = "12",
            ["Resilience:Backends:catalog:AttemptTimeout:Timeout"] = "00:00:01",
        };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, o => o.RateLimiter.DefaultRateLimiterOptions.QueueLimit = 7, settings: settings);

        var options = host.Services.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>().Get("pricing");

        Assert.Equal(5, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.AttemptTimeout.Timeout);
        Assert.True(options.Hedging.Enabled);
        Assert.Equal(12, options.RateLimiter.DefaultRateLimiterOptions.PermitLimit);
        Assert.Equal(7, options.RateLimiter.DefaultRateLimiterOptions.QueueLimit);
    }

    [Theory]
    [InlineData("Resilience:Backends:pricing:AttemptTimeout", "00:00:00.200", "Resilience:Backends:pricing:AttemptTimeout:Timeout")]
    [InlineData("Resilience:Defaults:Bulkhead:MaxConcurrency", "4", "Resilience:Defaults:RateLimiter:DefaultRateLimiterOptions:PermitLimit")]
    [InlineData("Resilience:Backends:pricing:Retry:BaseDelay", "00:00:01", "Resilience:Backends:pricing:Retry:Delay")]
    public void AKeyOfTheOldPipelineFailsStartUpNamingItsNewKey(string oldKey, string value, string newKey)
    {
        var settings = new Dictionary<string, string?> { [oldKey] = value };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, settings: settings);

        var error = Assert.Throws<InvalidOperationException>(() => host.Client);

        Assert.Contains(oldKey, error.Message, StringComparison.Ordinal);
        Assert.Contains(newKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidConfigurationFailsWhenTheClientIsFirstCreatedNamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Resilience:Backends:pricing:RateLimiter:DefaultRateLimiterOptions:PermitLimit"] = "0" };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, settings: settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains("Resilience:Backends:pricing:RateLimiter:DefaultRateLimiterOptions:PermitLimit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryClientOfABackendSharesOnePipelineSoCircuitStateSurvivesHandlerRotation()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.InternalServerError), TimeProvider.System, o =>
        {
            ResilientClient.Fast(o);
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 1;
        });
        foreach (var client in new[] { host.Client, host.Client })
        {
            (await client.GetAsync(new Uri("/prices/1", UriKind.Relative))).Dispose();
        }

        var error = await Assert.ThrowsAsync<BackendUnavailableException>(() => host.Client.GetAsync(new Uri("/prices/1", UriKind.Relative)));

        Assert.Equal(BackendUnavailableReason.CircuitOpen, error.Reason);
        Assert.Same(host.Pipeline, host.Pipeline);
    }
}
