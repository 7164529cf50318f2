using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bff.Mobile.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// Each backend down in turn (every request a 500), each of the app's operations it feeds on a cold instance: the
/// screen is served with only the fields that backend feeds missing, each with its error; everything else is exactly
/// what the healthy screen shows. The operations a backend does not feed are not run: their exact cold call counts
/// (<see cref="OperationCallCountTests"/>) show they never call it, so its outage cannot reach them.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class BackendDownTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    // The healthy answer of each operation, read once on its own cold instance.
    private static readonly ConcurrentDictionary<string, JsonElement> Healthy = new();

    /// <summary>
    /// Called but not needed: a checkout takes the ordered products out of the cart afterwards, and a cart that cannot
    /// be tidied never fails the order, so the answer is the healthy one.
    /// </summary>
    private static readonly HashSet<(string Backend, string Operation)> TidyingOnly = [("Cart", "PlaceOrder")];

    private string? faulted;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var backend in MobileHost.Backends)
            {
                foreach (var operation in ScreenOperations.OnDisk().Where(o => Feeds(backend, o)))
                {
                    cases.Add(backend, operation);
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
    public void EveryBackendButUsersFeedsAnOperationOfTheMatrix() =>
        // The app has no account screen: bff-mobile does not compose the users module.
        Assert.Equal(MobileHost.Backends.Where(b => b != "Users"), MobileHost.Backends.Where(b => Cases.Any(row => (string)row[0] == b)));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABackendDownNullsOnlyTheFieldsItFeeds(string backend, string name)
    {
        var operation = ScreenOperations.All[name];
        var healthy = await HealthyAsync(operation);
        var (token, variables) = await operation.PrepareAsync(demo);
        using var host = new MobileHost(demo, redis);
        faulted = backend;
        await demo.SetFaultsAsync(backend, new { errorRate = 1.0 });

        using var request = GraphQLPost.Create(operation.Text, variables, token);
        using var response = await host.Http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = DegradedResponse.AssertOnlyItsFieldsFailed(healthy, body, backend.ToLowerInvariant(), feedsTheQuery: !TidyingOnly.Contains((backend, name)));
        output.WriteLine($"{backend} down, {name}: {body.Errors().Length} errors ({string.Join(", ", body.Errors().Select(e => e.PathText()).Distinct().Take(6))}), {served} values served");
        if (backend.Equals(operation.Root, StringComparison.OrdinalIgnoreCase))
        {
            // Without its root backend the screen's root field is null with its error, still a 200.
            Assert.NotEmpty(body.Errors());
        }
        else
        {
            // Any other backend down: the screen still shows what the others said.
            Assert.True(served > 0, body.ToString());
        }
    }

    // An operation on disk without a row of counts feeds nothing here; OperationCallCountTests fails for it.
    private static bool Feeds(string backend, string operation) =>
        ScreenOperations.All.ContainsKey(operation) && OperationCallCountTests.TryBackendsOf(operation, out var backends)
        && backends.Contains(backend.ToLowerInvariant());

    private async Task<JsonElement> HealthyAsync(ScreenOperation operation)
    {
        if (!Healthy.TryGetValue(operation.Name, out var healthy))
        {
            var (token, variables) = await operation.PrepareAsync(demo);
            using var host = new MobileHost(demo, redis);
            healthy = (await host.PostAsync(operation.Text, variables, token)).NoErrors();
            Healthy[operation.Name] = healthy;
        }

        return healthy;
    }
}
