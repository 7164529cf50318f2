using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bff.Web.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Web.Tests.Matrix;

/// <summary>
/// Each backend down in turn (every request a 500), each page it feeds on a cold instance: the page is served with only
/// the fields that backend feeds missing, each with its error; everything else is exactly what the healthy page shows.
/// The pages a backend does not feed are not run: their exact cold call counts (<see cref="PageCallCountTests"/>) show
/// they never call it, so its outage cannot reach them.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BackendDownTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Backends = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];

    // The healthy answer of each page, read once on its own cold instance.
    private static readonly ConcurrentDictionary<string, JsonElement> Healthy = new();

    private string? faulted;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var backend in Backends)
            {
                foreach (var page in WebPages.All.Keys.Where(p => ExpectedBackends(p).Contains(backend.ToLowerInvariant())))
                {
                    cases.Add(backend, page);
                }
            }

            return cases;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (faulted is not null)
        {
            await demo.ResetFaultsAsync(faulted);
        }
    }

    [Fact]
    public void EveryBackendFeedsAPageOfTheMatrix() =>
        Assert.Equal(Backends, Backends.Where(b => Cases.Any(row => (string)row[0] == b)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABackendDownNullsOnlyTheFieldsItFeeds(string backend, string page)
    {
        var query = WebPages.All[page];
        var (token, variables) = await query.PrepareAsync(demo);
        var healthy = await HealthyAsync(query, token, variables);
        using var bff = new WebBff(demo, redis);
        faulted = backend;
        await demo.SetFaultsAsync(backend, new { errorRate = 1.0 });

        using var request = GraphQLPost.Create(query.Query, variables, token);
        using var response = await bff.Http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = DegradedResponse.AssertOnlyItsFieldsFailed(healthy, body, backend.ToLowerInvariant(), feedsTheQuery: true);
        output.WriteLine($"{backend} down, {page}: {body.Errors().Length} errors ({string.Join(", ", body.Errors().Select(e => e.PathText()).Distinct().Take(6))}), {served} values served");
        if (backend.Equals(query.Root, StringComparison.OrdinalIgnoreCase))
        {
            // Without its root backend there is no page: its root fields are null, each with its error, still a 200.
            Assert.Equal(0, served);
        }
        else
        {
            // Any other backend down: the page still shows what the others said.
            Assert.True(served > 0, body.ToString());
        }
    }

    // The backends a page reads, from the call-count table.
    private static string[] ExpectedBackends(string page) =>
        BackendCallCounts.Services(PageCallCountTests.Counts.Single(row => (string)row[0] == page)[1].ToString()!);

    private async Task<JsonElement> HealthyAsync(WebPage page, string? token, object? variables)
    {
        if (!Healthy.TryGetValue(page.Name, out var healthy))
        {
            using var bff = new WebBff(demo, redis);
            healthy = (await bff.QueryAsync(page.Query, variables, token)).NoErrors();
            Healthy[page.Name] = healthy;
        }

        return healthy;
    }
}
