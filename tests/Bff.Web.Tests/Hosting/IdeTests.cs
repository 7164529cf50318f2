using System.Net;
using System.Text.RegularExpressions;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Hosting;

[Collection(WebCollection.Name)]
public sealed partial class IdeTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task ABrowserOpeningGraphQLGetsBananaCakePopFromTheServiceItself()
    {
        using var bff = new WebBff(demo, redis);
        using var open = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        open.Headers.Add("Accept", "text/html");

        using var redirect = await SendWithoutRedirectsAsync(bff, open);
        using var follow = new HttpRequestMessage(HttpMethod.Get, redirect.Headers.Location);
        follow.Headers.Add("Accept", "text/html");
        using var page = await bff.Http.SendAsync(follow);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location?.OriginalString);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(ScriptsAndLinks().Matches(html));
        // Every script, style and icon the page names is relative: nothing is fetched from another host.
        Assert.All(ScriptsAndLinks().Matches(html), m => Assert.DoesNotMatch("^(https?:)?//", m.Groups[1].Value));
        foreach (var file in ScriptsAndLinks().Matches(html).Select(m => m.Groups[1].Value).Where(v => v.Contains("static/", StringComparison.Ordinal)))
        {
            using var asset = await bff.Http.GetAsync(new Uri(new Uri(bff.Http.BaseAddress!, "/graphql/"), file));
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        }
    }

    [Fact]
    public async Task TheIdeCanReadTheSchemaThroughIntrospection()
    {
        using var bff = new WebBff(demo, redis);

        var response = await bff.QueryAsync("{ __schema { queryType { name } } __type(name: \"ProductPage\") { fields { name } } }");

        Assert.Equal("Query", response.NoErrors().Data().GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Contains(response.Data().GetProperty("__type").GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() == "reviews");
    }

    private static async Task<HttpResponseMessage> SendWithoutRedirectsAsync(WebBff bff, HttpRequestMessage request)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = bff.Http.BaseAddress };
        return await client.SendAsync(request);
    }

    [GeneratedRegex("""(?:src|href)="([^"]+)""")]
    private static partial Regex ScriptsAndLinks();
}
