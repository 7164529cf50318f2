using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>
/// The events our graphql-sse endpoint sends in distinct connections mode, next to those of the reference handler
/// (npm graphql-sse's <c>createHandler</c> over graphql-js, same SDL, a <c>failing</c> subscribe function that throws
/// the same error), both read raw by tests/js/graphql-sse-reference.mjs.
/// </summary>
public sealed class GraphQLSseReferenceServerTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ARefusingSubscribeFunctionAndAValidationErrorGetTheReferenceHandlersEvents()
    {
        var runs = await ReferenceServerRuns.RunAsync("graphql-sse-reference.mjs", host.HttpEndpoint);

        Assert.Equal([ReferenceServerRuns.Refused, ReferenceServerRuns.Invalid], runs.Select(r => r.GetProperty("query").GetString()));
        Assert.All(runs, r => Assert.Equal(r.GetProperty("reference").GetRawText(), r.GetProperty("ours").GetRawText()));

        // Both answer a next event with the errors (no data), then complete.
        Assert.Equal(
            """[{"event":"next","data":"{\"errors\":[{\"message\":\"You may not listen here.\",\"locations\":[{\"line\":1,\"column\":16}],\"path\":[\"failing\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]}"},{"event":"complete","data":""}]""",
            runs[0].GetProperty("ours").GetRawText());
        Assert.Equal(["next", "complete"], runs[1].GetProperty("ours").EnumerateArray().Select(e => e.GetProperty("event").GetString()));
    }
}
