using System.Net.WebSockets;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>
/// graphql-transport-ws over a raw WebSocket, for what a well-behaved client never sends: each protocol violation
/// closes the socket with the code and reason graphql-ws's server gives.
/// </summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private SubscriptionHost host = null!;

    public async Task InitializeAsync() => host = await SubscriptionHost.StartAsync(o =>
    {
        o.ConnectionInitTimeout = TimeSpan.FromMilliseconds(300);
        o.KeepAliveInterval = TimeSpan.Zero;
        o.MaxMessageSize = 4096;
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task WithoutTheSubprotocolTheSocketIsClosedWith4406()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAsync(host.WebSocketEndpoint, subProtocol: "graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task NoConnectionInitWithinTheTimeoutCloses4408()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAsync(host.WebSocketEndpoint);

        Assert.Equal((4408, "Connection initialisation timeout"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ASecondConnectionInitCloses4429()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SendAsync("""{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task SubscribingBeforeTheAckCloses4401()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAsync(host.WebSocketEndpoint);

        await socket.SubscribeAsync("1", "{ hello }");

        Assert.Equal((4401, "Unauthorized"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ADuplicateIdOfARunningOperationCloses4409()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
        await socket.SubscribeAsync("same", """subscription { messages(room: "a") { text } }""");
        await Eventually.TrueAsync(() => host.Feed.Active == 1);

        await socket.SubscribeAsync("same", """subscription { messages(room: "a") { text } }""");

        Assert.Equal((4409, "Subscriber for same already exists"), await socket.ReceiveCloseAsync());
        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 1);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":42}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    public async Task AnInvalidMessageCloses4400(string message)
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SendAsync(message);

        Assert.Equal((4400, "Invalid message received"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task ABinaryMessageCloses4400()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SendAsync([1, 2, 3], WebSocketMessageType.Binary);

        Assert.Equal((4400, "Invalid message received"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task AMessageOverTheSizeLimitCloses1009()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SubscribeAsync("1", "{ hello " + new string(' ', 5000) + " }");

        Assert.Equal((1009, "Message larger than 4096 bytes"), await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task PingIsAnsweredWithPongCarryingItsPayload()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SendAsync("""{"type":"ping","payload":{"at":1}}""");

        Assert.Equal("""{"type":"pong","payload":{"at":1}}""", (await socket.ReceiveAsync()).Message!.Value.GetRawText());
    }

    [Fact]
    public async Task CompleteFromTheClientStopsTheSubscriptionAndDisposesItsSource()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
        await socket.SubscribeAsync("s1", """subscription { messages(room: "a") { text } }""");
        await Eventually.TrueAsync(() => host.Feed.Active == 1);
        host.Feed.Publish("a", "one");
        Assert.Equal("""{"id":"s1","type":"next","payload":{"data":{"messages":{"text":"one"}}}}""", (await socket.ReceiveAsync()).Message!.Value.GetRawText());

        await socket.SendAsync("""{"id":"s1","type":"complete"}""");
        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 1);
        host.Feed.Publish("a", "after complete");
        await socket.SubscribeAsync("q", "{ hello }");

        // Nothing more for s1: the next message is the query's.
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"world"}}}""", (await socket.ReceiveAsync()).Message!.Value.GetRawText());
        Assert.Equal("""{"id":"q","type":"complete"}""", (await socket.ReceiveAsync()).Message!.Value.GetRawText());
    }

    [Fact]
    public async Task ClosingTheSocketDisposesEverySourceItHad()
    {
        var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
        await socket.SubscribeAsync("1", """subscription { messages(room: "a") { text } }""");
        await socket.SubscribeAsync("2", """subscription { messages(room: "b") { text } }""");
        await Eventually.TrueAsync(() => host.Feed.Active == 2);

        await socket.DisposeAsync();

        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 2);
        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
    }

    [Fact]
    public async Task AParseErrorIsAnErrorMessageForItsIdAndTheSocketStaysOpen()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SubscribeAsync("bad", "subscription {");
        var error = await socket.ReceiveAsync();
        await socket.SubscribeAsync("good", "{ hello }");

        Assert.Equal("error", error.Type);
        Assert.Equal("bad", error.Message!.Value.GetProperty("id").GetString());
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message!.Value.GetProperty("payload")[0].GetProperty("message").GetString());
        Assert.Equal("next", (await socket.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task ARefusingSubscribeFunctionIsANextWithErrorsThenCompleteForItsIdAndTheSocketStaysOpen()
    {
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        await socket.SubscribeAsync("refused", "subscription { failing }");
        var next = await socket.ReceiveAsync();
        var complete = await socket.ReceiveAsync();
        await socket.SubscribeAsync("good", "{ hello }");

        Assert.Equal("next", next.Type);
        Assert.Equal("refused", next.Message!.Value.GetProperty("id").GetString());
        Assert.Equal(
            """{"errors":[{"message":"You may not listen here.","locations":[{"line":1,"column":16}],"path":["failing"],"extensions":{"code":"FORBIDDEN"}}]}""",
            next.Message!.Value.GetProperty("payload").GetRawText());
        Assert.Equal("complete", complete.Type);
        Assert.Equal("refused", complete.Message!.Value.GetProperty("id").GetString());
        Assert.Equal("next", (await socket.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task AWebSocketUpgradeWorksWithoutUseWebSocketsInThePipeline()
    {
        // The host maps only MapGraphQL(), no app.UseWebSockets(): the endpoint runs the middleware itself.
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        Assert.Equal(WebSocketState.Open, socket.State);
    }
}
