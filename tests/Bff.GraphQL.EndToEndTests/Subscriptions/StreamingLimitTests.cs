using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>
/// Each limit of <see cref="Server.SubscriptionOptions"/> filled by a hostile client over real sockets: the excess is
/// refused with a clear error, the server stays healthy and its memory bounded. Memory is read process-wide
/// (<see cref="GC.GetTotalMemory(bool)"/>), so these run alone: another test class allocating meanwhile would count.
/// </summary>
[Collection(MemoryMeasuringCollection.Name)]
public sealed class StreamingLimitTests
{
    [Fact]
    public async Task ConnectionsOverTheLimitAreRefusedWith503AndTheServerStaysHealthy()
    {
        await using var host = await SubscriptionHost.StartAsync(o => o.MaxConnections = 5);
        var open = new List<RawGraphQLWebSocket>();
        for (var i = 0; i < 5; i++)
        {
            open.Add(await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint));
        }

        // 1,000 more, half WebSocket upgrades and half SSE requests, 50 at a time.
        var refused = 0;
        using var gate = new SemaphoreSlim(50);
        await Task.WhenAll(Enumerable.Range(0, 1_000).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var status = i % 2 == 0 ? await WebSocketStatusAsync(host) : await EventStreamStatusAsync(host);
                if (status == HttpStatusCode.ServiceUnavailable)
                {
                    Interlocked.Increment(ref refused);
                }
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.Equal(1_000, refused);
        Assert.Equal(5, host.Executor.OpenStreamingConnections);
        var plain = await host.Client.PostAsync("/graphql", Json("""{"query":"{ hello }"}"""));
        Assert.Equal("""{"data":{"hello":"world"}}""", await plain.Content.ReadAsStringAsync());

        foreach (var socket in open)
        {
            await socket.DisposeAsync();
        }

        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
        await using var again = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
    }

    [Fact]
    public async Task TheRefusalSaysWhyInJson()
    {
        await using var host = await SubscriptionHost.StartAsync(o => o.MaxConnections = 0);

        using var response = await host.Client.SendAsync(EventStreamRequest("{ hello }"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.RetryAfter?.ToString());
        Assert.Equal("""{"errors":[{"message":"Too many open streaming connections; try again later."}]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFloodOfSubscribeMessagesRunsOnlyTheAllowedNumber()
    {
        // Room for every refusal in the outgoing queue: this test is about the operations, not a slow reader.
        await using var host = await SubscriptionHost.StartAsync(o =>
        {
            o.MaxOperationsPerConnection = 10;
            o.MaxQueuedMessages = 20_000;
        });
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        var reading = Task.Run(async () =>
        {
            var errors = 0;
            while (errors < 9_990)
            {
                var message = await socket.ReceiveAsync();
                Assert.Equal("error", message.Type);
                Assert.Equal("TOO_MANY_OPERATIONS", message.Message!.Value.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
                errors++;
            }

            return errors;
        });
        for (var i = 0; i < 10_000; i++)
        {
            await socket.SubscribeAsync($"op{i}", """subscription { messages(room: "flood") { text } }""");
        }

        Assert.Equal(9_990, await reading);
        await Eventually.TrueAsync(() => host.Feed.Active == 10);
        Assert.Equal(10, host.Feed.Publish("flood", "x"));
        await host.Client.PostAsync("/graphql", Json("""{"query":"{ hello }"}"""));
    }

    [Fact]
    public async Task AWebSocketClientThatNeverReadsIsDroppedWithItsMemoryBounded()
    {
        await using var host = await SubscriptionHost.StartAsync(o =>
        {
            o.MaxQueuedMessages = 32;
            o.MaxQueuedBytes = 1024 * 1024;
        });
        var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
        await socket.SubscribeAsync("big", "subscription { big(size: 65536) }");
        await Eventually.TrueAsync(() => host.Feed.Active == 1);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        // The client reads nothing from here on; 64 KiB events keep coming until the server lets it go.
        var published = await PublishUntilDroppedAsync(host, "big");

        Assert.Equal(0, host.Feed.Active);
        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 64L * 1024 * 1024, $"{published} events published; managed memory grew by {(after - before) / 1024 / 1024} MiB");
        await socket.DisposeAsync();
        await host.Client.PostAsync("/graphql", Json("""{"query":"{ hello }"}"""));
    }

    [Fact]
    public async Task AnEventStreamClientThatNeverReadsIsDropped()
    {
        await using var host = await SubscriptionHost.StartAsync(o =>
        {
            o.MaxQueuedMessages = 32;
            o.MaxQueuedBytes = 1024 * 1024;
        });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await client.SendAsync(EventStreamRequest("subscription { big(size: 65536) }"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        await Eventually.TrueAsync(() => host.Feed.Active == 1);

        await PublishUntilDroppedAsync(host, "big");

        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
    }

    [Fact]
    public async Task AnIdleEventStreamGetsKeepAliveComments()
    {
        await using var host = await SubscriptionHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        using var response = await host.Client.SendAsync(
            EventStreamRequest("""subscription { messages(room: "quiet") { text } }"""), HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();

        var text = await ReadAtLeastAsync(stream, ":\n\n:\n\n:\n\n".Length);

        Assert.StartsWith(":\n\n:\n\n:\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIdleWebSocketGetsPingMessages()
    {
        await using var host = await SubscriptionHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.FromMilliseconds(100));
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);

        Assert.Equal("ping", (await socket.ReceiveAsync()).Type);
        Assert.Equal("ping", (await socket.ReceiveAsync()).Type);
    }

    [Fact]
    public async Task AnEventStreamCarriesEachEventThenCompleteWhenTheClientLeavesItsSourceIsDisposed()
    {
        await using var host = await SubscriptionHost.StartAsync(o => o.KeepAliveInterval = TimeSpan.Zero);
        var response = await host.Client.SendAsync(
            EventStreamRequest("""subscription { messages(room: "a") { text } }"""), HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        await Eventually.TrueAsync(() => host.Feed.Active == 1);

        host.Feed.Publish("a", "hi");
        var expected = ":\n\nevent: next\ndata: {\"data\":{\"messages\":{\"text\":\"hi\"}}}\n\n";
        Assert.Equal(expected, await ReadAtLeastAsync(stream, Encoding.UTF8.GetByteCount(expected)));

        response.Dispose();
        await Eventually.TrueAsync(() => host.Feed.Active == 0 && host.Feed.Disposed == 1);
        await Eventually.TrueAsync(() => host.Executor.OpenStreamingConnections == 0);
    }

    private static async Task<int> PublishUntilDroppedAsync(SubscriptionHost host, string room)
    {
        var published = 0;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (host.Feed.Active > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"still connected after {published} events");
            host.Feed.Publish(room, "e");
            published++;
            if (published % 16 == 0)
            {
                await Task.Delay(5);
            }
        }

        return published;
    }

    private static async Task<string> ReadAtLeastAsync(Stream stream, int bytes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[bytes];
        await stream.ReadExactlyAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer);
    }

    private static async Task<HttpStatusCode> WebSocketStatusAsync(SubscriptionHost host)
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(host.WebSocketEndpoint, CancellationToken.None);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }

    private static async Task<HttpStatusCode> EventStreamStatusAsync(SubscriptionHost host)
    {
        using var response = await host.Client.SendAsync(EventStreamRequest("""subscription { messages(room: "x") { text } }"""));
        return response.StatusCode;
    }

    private static HttpRequestMessage EventStreamRequest(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = Json(System.Text.Json.JsonSerializer.Serialize(new { query })),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
