using Bff.Backends.Pricing;
using Bff.Backends.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bff.Backends.Tests.Registration;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task StartUpFailsNamingTheKeyWhenTheBaseUrlIsMissing()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>()));

        Assert.Contains("Backends:Pricing:BaseUrl must be an absolute http or https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUpFailsNamingTheKeyWhenTheBaseUrlIsRelativeOrTheTimeoutIsNotPositive()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(new Dictionary<string, string?>
        {
            ["Backends:Pricing:BaseUrl"] = "/pricing",
            ["Backends:Pricing:Timeout"] = "00:00:00",
        }));

        Assert.Contains("Backends:Pricing:BaseUrl must be an absolute http or https URL (got '/pricing')", error.Message, StringComparison.Ordinal);
        Assert.Contains("Backends:Pricing:Timeout must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValidConfigurationStartsAndShapesTheHttpClient()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Backends:Pricing:BaseUrl"] = "http://gateway.test/pricing",
            ["Backends:Pricing:Timeout"] = "00:00:07",
        };
        using var host = await StartAsync(settings);

        var http = host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(PricingClientOptions.BackendName);

        Assert.Equal(new Uri("http://gateway.test/pricing/"), http.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(7), http.Timeout);
        Assert.NotNull(host.Services.GetRequiredService<IPricingClient>());
        await host.StopAsync();
    }

    [Fact]
    public async Task ConfigurationPassedInWinsOverTheHostsAndEachBackendIsValidatedOnItsOwn()
    {
        var explicitConfiguration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Backends:Pricing:BaseUrl"] = "http://127.0.0.1:5203" }).Build();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddPricingClient(explicitConfiguration);
        builder.Services.AddUsersClient(explicitConfiguration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Backends:Users:BaseUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Backends:Pricing", error.Message, StringComparison.Ordinal);
    }

    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPricingClient();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
