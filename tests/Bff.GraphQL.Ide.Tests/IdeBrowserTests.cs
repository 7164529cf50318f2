using Bff.GraphQL.Ide.Tests.TestSupport;
using Bff.Testing;

namespace Bff.GraphQL.Ide.Tests;

public sealed class IdeBrowserTests(HelloServer server) : IClassFixture<HelloServer>
{
    [Fact]
    public async Task BrowserRendersTheIdeBrowsesTheSchemaAndRunsAQueryWithoutLeavingTheService()
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "banana-cake-pop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);

        var report = await BananaCakePopBrowser.UseAsync(server.Endpoint, screenshot, new BananaCakePopPlan(
            "{ hello }",
            // The quotes make it the response's JSON, not the operation's text.
            ResponseTexts: ["\"Hello world\""],
            SchemaReference: ["hello(", "name: String = \"world\""]));

        Assert.True(report.Ok, $"The IDE did not get through (screenshot: {screenshot}): {report}");
        Assert.Equal(new Uri(server.Origin, "/graphql/").ToString(), report.PageUrl);
        Assert.Equal("{ hello }", report.Operation);
        Assert.Empty(report.PageErrors);

        // Every request of the page, its workers and its service worker went to the service itself: no CDN, no telemetry.
        Assert.NotEmpty(report.Requests);
        var ownEndpoint = new Uri(server.Origin, "/graphql").ToString();
        Assert.All(report.Requests, request => Assert.StartsWith(ownEndpoint, request.Split(' ')[1], StringComparison.Ordinal));

        // The service saw the IDE introspect its schema and run the operation.
        Assert.Contains(server.Requests, r => r.StartsWith("POST /graphql", StringComparison.Ordinal) && r.Contains("__schema", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.StartsWith("POST /graphql", StringComparison.Ordinal) && r.Contains("{ hello }", StringComparison.Ordinal));

        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{screenshot} ({png.Length} bytes) is not a screenshot: {report}");
    }
}
