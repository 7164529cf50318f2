using System.Text.Json;
using Bff.GraphQL.Ide.Internal;

namespace Bff.GraphQL.Ide.Tests;

public sealed class BananaCakePopConfigTests
{
    [Fact]
    public void OptionsAreWrittenUnderTheNamesTheIdeReads()
    {
        var options = new BananaCakePopOptions { Title = "Web BFF", Document = "{ hello }", IncludeCookies = true };
        options.HttpHeaders["X-Tenant"] = "dev";

        var config = Parse(options);

        Assert.Equal("Web BFF", config.GetProperty("title").GetString());
        Assert.Equal("{ hello }", config.GetProperty("graphQLDocument").GetString());
        Assert.True(config.GetProperty("includeCookies").GetBoolean());
        Assert.Equal("dev", config.GetProperty("httpHeaders").GetProperty("X-Tenant").GetString());
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.False(config.TryGetProperty("endpoint", out _));
    }

    [Fact]
    public void ExplicitEndpointReplacesTheBrowsersAddressAndTelemetryStaysOff()
    {
        var config = Parse(new BananaCakePopOptions { Endpoint = new Uri("https://bff.example/graphql") });

        Assert.False(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal("https://bff.example/graphql", config.GetProperty("endpoint").GetString());
        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
    }

    private static JsonElement Parse(BananaCakePopOptions options) =>
        JsonDocument.Parse(BananaCakePopConfig.Create(options).Content).RootElement.Clone();
}
