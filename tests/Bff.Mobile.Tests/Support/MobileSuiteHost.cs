using System.Text.Json;

namespace Bff.Mobile.Tests.Support;

/// <summary>The mobile BFF as the engine's suites (audit, conformance, hostile input) see it: its contract, endpoint and health.</summary>
public static class MobileSuiteHost
{
    /// <summary>The committed contract.</summary>
    public static string SchemaFile { get; } = Path.Combine(AppOperations.Directory("MobileProjectDirectory"), "schema.graphql");

    /// <summary>The GraphQL endpoint of <paramref name="host"/>.</summary>
    public static Uri Endpoint(MobileHost host) => new(host.Http.BaseAddress!, "/graphql");

    /// <summary>
    /// The product screen answers with the product: the process is alive and serving. By its persisted id, so that it
    /// holds in Production too, where nothing else runs. A field whose backend is slow on a loaded machine may be null
    /// with its error (the screen's partial failure), so only the product itself is required.
    /// </summary>
    public static async Task AssertHealthyAsync(MobileHost host)
    {
        using var response = await host.Http.SendAsync(MobileHost.GetById(AppOperations.Id("ProductDetail"), new { id = "1", imageWidth = 320 }));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("1", body.Data().GetProperty("product").GetProperty("id").GetString());
    }
}
