using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.Subscriptions.NpmClientScript;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>The graphql-sse client (npm, distinct connections mode) against the endpoint over a real socket.</summary>
public sealed class GraphQLSseClientTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheClientReceivesEachEventAndClosingTheStreamDisposesTheSource()
    {
        var client = GraphQLSseAsync(host.HttpEndpoint, """subscription { messages(room: "r1") { text } }""", 2);
        await Eventually.TrueAsync(() => host.Feed.Active == 1 || client.IsCompleted, TimeSpan.FromSeconds(30));

        host.Feed.Publish("r1", "first");
        host.Feed.Publish("r1", "second");
        var lines = await client;

        Assert.Equal(
            ["""{"data":{"messages":{"text":"first"}}}""", """{"data":{"messages":{"text":"second"}}}"""],
            Nexts(lines));
        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 1);
        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
    }

    [Fact]
    public async Task AQueryIsOneNextEventThenComplete()
    {
        var lines = await GraphQLSseAsync(host.HttpEndpoint, "{ hello }", 5);

        Assert.Equal(["""{"data":{"hello":"world"}}"""], Nexts(lines));
        Assert.True(lines[^1].GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task ValidationErrorsComeAsANextEventOfTheAcceptedStream()
    {
        var lines = await GraphQLSseAsync(host.HttpEndpoint, "subscription { nope }", 5);

        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"nope\" on type \"Subscription\".","locations":[{"line":1,"column":16}]}]}""",
            Assert.Single(Nexts(lines)));
    }
}
