using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.Subscriptions.NpmClientScript;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>The graphql-ws client (npm) against the endpoint over a real socket: graphql-transport-ws as clients speak it.</summary>
public sealed class GraphQLWsClientTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheClientReceivesEachEventAndItsUnsubscribeDisposesTheSource()
    {
        var client = GraphQLWsAsync(host.WebSocketEndpoint, """subscription { messages(room: "r1") { text broken } }""", 2);
        await Eventually.TrueAsync(() => host.Feed.Active == 1 || client.IsCompleted, TimeSpan.FromSeconds(30));

        host.Feed.Publish("r2", "not for r1");
        host.Feed.Publish("r1", "boom");
        host.Feed.Publish("r1", "second");
        var lines = await client;

        Assert.Equal(
            [
                """{"errors":[{"message":"This message is broken.","locations":[{"line":1,"column":44}],"path":["messages","broken"]}],"data":{"messages":{"text":"boom","broken":null}}}""",
                """{"data":{"messages":{"text":"second","broken":"fine"}}}""",
            ],
            Nexts(lines));
        Assert.True(lines[^1].GetProperty("done").GetBoolean());
        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 1);
        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
    }

    [Fact]
    public async Task QueriesAndMutationsRunOverTheSocketToo()
    {
        var query = await GraphQLWsAsync(host.WebSocketEndpoint, "{ hello }", 5);
        var mutation = await GraphQLWsAsync(host.WebSocketEndpoint, """mutation { publish(room: "nobody", text: "x") }""", 5);

        Assert.Equal(["""{"data":{"hello":"world"}}"""], Nexts(query));
        Assert.Equal(["""{"data":{"publish":0}}"""], Nexts(mutation));
        Assert.True(query[^1].GetProperty("done").GetBoolean());
    }

    [Fact]
    public async Task TheConnectHandlerReadsTheBearerTokenFromTheInitPayload()
    {
        var lines = await GraphQLWsAsync(host.WebSocketEndpoint, "{ me }", 1, """{"Authorization":"Bearer alice-token"}""");

        Assert.Equal(["""{"data":{"me":"alice"}}"""], Nexts(lines));
    }

    [Fact]
    public async Task ARefusedTokenClosesTheSocketWith4403()
    {
        var lines = await GraphQLWsAsync(host.WebSocketEndpoint, "{ me }", 1, """{"Authorization":"Basic guess"}""");

        Assert.Contains(lines, l => l.TryGetProperty("closed", out var code) && code.GetInt32() == 4403
            && l.GetProperty("reason").GetString() == "Forbidden");
        Assert.Empty(Nexts(lines));
    }

    [Fact]
    public async Task ValidationErrorsArriveAsAnErrorMessage()
    {
        var lines = await GraphQLWsAsync(host.WebSocketEndpoint, """subscription { messages(room: "a") { text } big(size: 1) }""", 1);

        var error = Assert.Single(lines, l => l.TryGetProperty("error", out _)).GetProperty("error");
        Assert.Equal("Anonymous Subscription must select only one top level field.", error[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ARefusingSubscribeFunctionArrivesAsANextWithItsErrorsThenComplete()
    {
        // Room for two results: "done" then comes only from the server's complete, not from the client stopping.
        var lines = await GraphQLWsAsync(host.WebSocketEndpoint, "subscription { failing }", 2);

        Assert.Equal(
            ["""{"errors":[{"message":"You may not listen here.","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"FORBIDDEN"}}]}"""],
            Nexts(lines));
        Assert.DoesNotContain(lines, l => l.TryGetProperty("error", out _) || l.TryGetProperty("closed", out _));
        Assert.True(lines[^1].GetProperty("done").GetBoolean());
    }
}
