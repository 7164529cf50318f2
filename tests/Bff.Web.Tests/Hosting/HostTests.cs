using System.Net;
using Bff.ServiceDefaults;
using Bff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bff.Web.Tests.Hosting;

[Collection(WebCollection.Name)]
public sealed class HostTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public void TheWebRequestBudgetFromAppsettingsIsTenSeconds()
    {
        using var bff = new WebBff(demo, redis);

        Assert.Equal(TimeSpan.FromSeconds(10), bff.Services.GetRequiredService<IOptions<RequestBudgetOptions>>().Value.RequestBudget);
    }

    [Fact]
    public async Task InProductionTheIdeAndIntrospectionAreStillServed()
    {
        using var bff = new WebBff(demo, redis, new Dictionary<string, string?>
        {
            ["Auth:Jwt:SigningKey"] = "a-production-signing-key-for-this-test-only-0123456789",
            ["Auth:Jwt:Issuer"] = "test-issuer",
            ["Auth:Jwt:Audience"] = "test-audience",
        }, environment: "Production");
        using var open = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        open.Headers.Add("Accept", "text/html");

        using var page = await bff.Http.SendAsync(open);
        var response = await bff.QueryAsync("{ __type(name: \"ProductPage\") { name } }");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("ProductPage", response.NoErrors().Data().GetProperty("__type").GetProperty("name").GetString());
    }

    [Fact]
    public async Task TheHealthEndpointsAreMapped()
    {
        using var bff = new WebBff(demo, redis);

        using var live = await bff.Http.GetAsync("/health/live");
        using var ready = await bff.Http.GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, ready.StatusCode));
    }
}
