using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>
/// The frames our graphql-transport-ws server sends, next to those of the reference server (npm graphql-ws's
/// <c>useServer</c> over graphql-js, same SDL, a <c>failing</c> subscribe function that throws the same error), both
/// driven by the npm graphql-ws client (tests/js/graphql-ws-reference.mjs).
/// </summary>
public sealed class GraphQLWsReferenceServerTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ARefusingSubscribeFunctionAndAValidationErrorGetTheReferenceServersFrames()
    {
        var runs = await ReferenceServerRuns.RunAsync("graphql-ws-reference.mjs", host.WebSocketEndpoint.ToString());

        Assert.Equal([ReferenceServerRuns.Refused, ReferenceServerRuns.Invalid], runs.Select(r => r.GetProperty("query").GetString()));
        Assert.All(runs, r => Assert.Equal(r.GetProperty("reference").GetRawText(), r.GetProperty("ours").GetRawText()));

        // The source stream could not be created: a result with the errors (no data), then complete (spec 6.2.3.1).
        Assert.Equal(
            """[{"id":"1","type":"next","payload":{"errors":[{"message":"You may not listen here.","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"FORBIDDEN"}}]}},{"id":"1","type":"complete"}]""",
            runs[0].GetProperty("ours").GetRawText());

        // Refused before execution: the error message, and nothing after it.
        Assert.Equal(
            """[{"id":"1","type":"error","payload":[{"message":"Anonymous Subscription must select only one top level field.","locations":[{"line":1,"column":45}]}]}]""",
            runs[1].GetProperty("ours").GetRawText());
    }
}
