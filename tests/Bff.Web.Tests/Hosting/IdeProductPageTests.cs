using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bff.Web.Tests.Pages;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Hosting;

/// <summary>
/// Banana Cake Pop, as bff-web serves it at /graphql, in headless Chromium: a developer browses the schema and runs the
/// product page's query, all from the service itself (the IDE is embedded, so it works offline).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class IdeProductPageTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const string ProductId = "42";

    [Fact]
    public async Task TheIdeLoadsTheSchemaByIntrospectionAndRunsTheProductPageQueryWithoutLeavingTheService()
    {
        using var bff = new WebBff(demo, redis);
        using var http = new HttpClient();
        var product = await http.GetFromJsonAsync<JsonElement>(new Uri(demo.UrlOf("Catalog"), $"/products/{ProductId}"));
        var name = product.GetProperty("name").GetString()!;
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "bff-web-product-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Delete(screenshot);
        var endpoint = new Uri(bff.Http.BaseAddress!, "/graphql");

        // The page's query with the product's id written in: the IDE's variables pane is not needed for one product.
        var operation = Spaces().Replace(ProductPageTests.Query.Replace("query($id: ID!)", "").Replace("$id", $"\"{ProductId}\""), " ").Trim();
        var report = await BananaCakePopBrowser.UseAsync(endpoint, screenshot, new BananaCakePopPlan(
            operation,
            // In quotes: the response's JSON (its first lines, the ones in view), not the operation's text.
            ResponseTexts: ["\"productPage\"", $"\"{name}\""],
            // The SDL the IDE printed from its introspection: only the BFF's schema can have told it of these.
            SchemaDefinition: ["productPage(id: ID!): ProductPage", "type ProductPage {"]));

        Assert.True(report.Ok, $"The IDE did not get through (screenshot: {screenshot}): {report}");
        Assert.Equal(new Uri(endpoint, "/graphql/").ToString(), report.PageUrl);
        Assert.Equal(operation, report.Operation);
        Assert.True(report.PageErrors.Length == 0, string.Join('\n', report.PageErrors));
        Assert.Empty(report.FailedRequests);

        // Every request of the page, its workers and its service worker went to the BFF itself: no CDN, no telemetry.
        Assert.NotEmpty(report.Requests);
        Assert.All(report.Requests, request => Assert.StartsWith(endpoint.ToString(), request.Split(' ')[1], StringComparison.Ordinal));
        // And the IDE's own work reached the BFF's GraphQL endpoint: its introspection and the page's query, as POSTs.
        Assert.Contains(report.Requests, r => r == $"POST {endpoint}");

        var png = await File.ReadAllBytesAsync(screenshot);
        Assert.True(png.Length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{screenshot} ({png.Length} bytes) is not a screenshot: {report}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
