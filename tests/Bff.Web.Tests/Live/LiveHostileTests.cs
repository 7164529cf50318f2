using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Bff.Web.Tests.Support;
using StackExchange.Redis;

namespace Bff.Web.Tests.Live;

/// <summary>
/// Hostile subscribers against the web BFF on Kestrel, with the limits set from configuration
/// (<c>GraphQL:Subscriptions:*</c>): many connections, a flood of operations on one socket, a client that never reads.
/// Each is refused or cut off with a clear error, and the process keeps serving. Memory is read process-wide, so
/// these run with no other test class beside them.
/// </summary>
[Collection(LiveHostileCollection.Name)]
public sealed class LiveHostileTests(LiveEventsFixture live) : IClassFixture<LiveEventsFixture>
{
    private const string Subscription = "subscription { notificationAdded { id title } }";
    private const long MemoryBudget = 200L * 1024 * 1024;

    [Fact]
    public async Task TenThousandSubscriptionAttemptsBeyondTheConnectionLimitAreRefusedWith503()
    {
        using var bff = new WebBff(live.Demo, live.Redis, new Dictionary<string, string?>
        {
            ["GraphQL:Subscriptions:MaxConnections"] = "20",
            // The request rate limiter would refuse most of them first (429): this is about the connection limit.
            ["RateLimiting:Enabled"] = "false",
        });
        var token = await live.Demo.TokenForAsync("u-070");
        var before = Memory();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 400 }) { BaseAddress = bff.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var held = new List<HttpResponseMessage>();
        for (var i = 0; i < 20; i++)
        {
            var response = await http.SendAsync(SseRequest(token), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            held.Add(response);
        }

        var statuses = new Dictionary<HttpStatusCode, int>();
        for (var batch = 0; batch < 10_000 / 250; batch++)
        {
            var answers = await Task.WhenAll(Enumerable.Range(0, 250).Select(async _ =>
            {
                using var refused = await http.SendAsync(SseRequest(token), HttpCompletionOption.ResponseHeadersRead);
                if (refused.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.True(refused.Headers.RetryAfter is not null);
                    Assert.Contains("Too many open streaming connections", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }

                return refused.StatusCode;
            }));
            foreach (var status in answers)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }
        }

        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.ServiceUnavailable) == 10_000, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        await WebSuiteHost.AssertHealthyAsync(bff);
        Assert.True(Memory() - before < MemoryBudget, $"memory grew by {(Memory() - before) / 1024 / 1024} MiB");
        held.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task AFloodOfSubscribesOnOneSocketGetsAnErrorForEachBeyondTheLimit()
    {
        using var bff = new WebBff(live.Demo, live.Redis, new Dictionary<string, string?> { ["GraphQL:Subscriptions:MaxOperationsPerConnection"] = "10" });
        var token = await live.Demo.TokenForAsync("u-070");
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(WebSuiteHost.Endpoint(bff)) { Scheme = "ws" }.Uri, CancellationToken.None);
        await SendAsync(socket, new { type = "connection_init", payload = new { Authorization = "Bearer " + token } });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());

        // Fewer than the outgoing queue holds: each subscribe beyond the limit gets its error, the socket stays open.
        for (var i = 0; i < 200; i++)
        {
            await SendAsync(socket, new { id = "s" + i, type = "subscribe", payload = new { query = Subscription } });
        }

        for (var refused = 0; refused < 190; refused++)
        {
            var message = await ReceiveAsync(socket);
            Assert.Equal("error", message.GetProperty("type").GetString());
            Assert.Equal("TOO_MANY_OPERATIONS", message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        Assert.Equal(WebSocketState.Open, socket.State);

        // A flood faster than the client reads its errors: the connection's queue bound closes it (1008), nothing piles up.
        for (var i = 200; i < 5_000 && socket.State == WebSocketState.Open; i++)
        {
            try
            {
                await SendAsync(socket, new { id = "s" + i, type = "subscribe", payload = new { query = Subscription } });
            }
            catch (WebSocketException)
            {
                break;
            }
        }

        var closed = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            while (true)
            {
                Assert.Equal("error", (await ReceiveAsync(socket)).GetProperty("type").GetString());
            }
        });
        Assert.Contains("PolicyViolation Outgoing queue full", closed.Message, StringComparison.Ordinal);
        await WebSuiteHost.AssertHealthyAsync(bff);
    }

    [Fact]
    public async Task AClientThatNeverReadsIsCutOffAndTheProcessStaysBounded()
    {
        using var bff = new WebBff(live.Demo, live.Redis, new Dictionary<string, string?>
        {
            ["GraphQL:Subscriptions:MaxQueuedMessages"] = "16",
            ["Events:SubscriberBuffer"] = "16",
        });
        var token = await live.Demo.TokenForAsync("u-079");
        var before = Memory();
        using var http = new HttpClient { BaseAddress = bff.Http.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.SendAsync(SseRequest(token), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(live.Redis.Server.Configuration);

        // 4,000 events of 8 KiB (32 MiB, more than loopback socket buffers hold) for this user, published straight on
        // the channel while the client reads nothing.
        const int Published = 4_000;
        var body = new string('x', 8192);
        for (var i = 0; i < Published; i++)
        {
            await redis.GetSubscriber().PublishAsync(RedisChannel.Literal("demo:events:notification-created"), JsonSerializer.Serialize(new
            {
                userId = "u-079",
                notification = new { id = "n-" + (10_000 + i), kind = "promotion", title = "Flood " + i, body, createdAt = DateTimeOffset.UtcNow, read = false },
            }), CommandFlags.FireAndForget);
        }

        await redis.GetDatabase().PingAsync();

        // What the client finds when it finally reads: far fewer than were published, then the end of the stream.
        var read = 0;
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                read += line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("Flood", StringComparison.Ordinal) ? 1 : 0;
            }
        }
        catch (IOException)
        {
            // Aborted by the server rather than closed: also the end of the stream.
        }

        Assert.True(read < Published, $"read {read} of {Published} events");
        await WebSuiteHost.AssertHealthyAsync(bff);
        using var health = await http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(Memory() - before < MemoryBudget, $"memory grew by {(Memory() - before) / 1024 / 1024} MiB");
    }

    private static HttpRequestMessage SseRequest(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Subscription }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    // The BFF runs in this process (WebApplicationFactory on Kestrel): what the heap holds after a full collection.
    private static long Memory() => GC.GetTotalMemory(forceFullCollection: true);

    private static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException($"The server closed the socket: {result.CloseStatus} {result.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
    }
}

/// <summary>Runs <see cref="LiveHostileTests"/> alone: its memory bound is read from the whole test process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveHostileCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Live hostile (memory measuring)";
}
