using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Bff.Mobile.Tests.Support;
using Xunit.Abstractions;

namespace Bff.Mobile.Tests.Matrix;

/// <summary>
/// Each backend down in turn (every request a 500), each of the app's operations on a cold instance: the screen is
/// served with only the fields that backend feeds missing, each with its error; everything else is exactly what the
/// healthy screen shows.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class BackendDownTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output) : IAsyncLifetime
{
    // The healthy answer of each operation, read once on its own cold instance.
    private static readonly ConcurrentDictionary<string, JsonElement> Healthy = new();

    private string? faulted;

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var backend in MobileHost.Backends)
            {
                foreach (var operation in ScreenOperations.OnDisk())
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

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ABackendDownNullsOnlyTheFieldsItFeeds(string backend, string name)
    {
        var operation = ScreenOperations.All[name];
        var healthy = await HealthyAsync(operation);
        var feeds = OperationCallCountTests.BackendsOf(name).Contains(backend.ToLowerInvariant());
        var (token, variables) = await operation.PrepareAsync(demo);
        using var host = new MobileHost(demo, redis);
        faulted = backend;
        await demo.SetFaultsAsync(backend, new { errorRate = 1.0 });

        using var request = GraphQLPost.Create(operation.Text, variables, token);
        using var response = await host.Http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = DegradedResponse.AssertOnlyItsFieldsFailed(healthy, body, backend.ToLowerInvariant(), feeds);
        output.WriteLine($"{backend} down, {name}: {body.Errors().Length} errors ({string.Join(", ", body.Errors().Select(e => e.PathText()).Distinct().Take(6))}), {served} values served");
        if (backend.Equals(operation.Root, StringComparison.OrdinalIgnoreCase))
        {
            // Without its root backend the screen's root field is null with its error, still a 200.
            Assert.NotEmpty(body.Errors());
        }
        else if (feeds)
        {
            // Any other backend down: the screen still shows what the others said.
            Assert.True(served > 0, body.ToString());
        }
    }

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
