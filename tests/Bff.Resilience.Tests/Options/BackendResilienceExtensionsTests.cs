using System.Net;
using Bff.Resilience.Pipeline;
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
            ["Resilience:Defaults:AttemptTimeout"] = "00:00:03",
            ["Resilience:Backends:pricing:AttemptTimeout"] = "00:00:02",
            ["Resilience:Backends:pricing:Hedging:Enabled"] = "true",
            ["Resilience:Backends:catalog:AttemptTimeout"] = "00:00:01",
        };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, o => o.Bulkhead.QueueLimit = 7, settings: settings);

        var options = host.Services.GetRequiredService<IOptionsMonitor<BackendResilienceOptions>>().Get("pricing");

        Assert.Equal(5, options.Retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(2), options.AttemptTimeout);
        Assert.True(options.Hedging.Enabled);
        Assert.Equal(7, options.Bulkhead.QueueLimit);
    }

    [Fact]
    public void InvalidConfigurationFailsWhenTheClientIsFirstCreatedNamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Resilience:Backends:pricing:Bulkhead:MaxConcurrency"] = "0" };
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System, settings: settings);

        var error = Assert.Throws<OptionsValidationException>(() => host.Client);

        Assert.Contains("Resilience:Backends:pricing:Bulkhead:MaxConcurrency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryClientOfABackendSharesOnePipelineSoCircuitStateSurvivesHandlerRotation()
    {
        using var host = ResilientClient.Create(new FakeBackend(HttpStatusCode.OK), TimeProvider.System);
        var registry = host.Services.GetRequiredService<BackendPipelineRegistry>();

        Assert.Same(registry.Get(ResilientClient.Backend), registry.Get(ResilientClient.Backend));
    }
}
