using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;
using Bff.GraphQL.Server;
using static Bff.GraphQL.EndToEndTests.Subscriptions.NpmClientScript;

namespace Bff.GraphQL.EndToEndTests.Persisted;

/// <summary>
/// A persisted subscription with the allow-list on: over graphql-transport-ws and graphql-sse it runs by its id or its
/// APQ hash with no query (as Apollo Kotlin and iOS send one), and anything else is refused with the error the HTTP
/// path gives, before any event source starts. The real graphql-ws and graphql-sse clients, on Kestrel.
/// </summary>
public sealed class PersistedSubscriptionTests : IAsyncLifetime
{
    private const string Document = "subscription Messages($room: String!) { messages(room: $room) { text } }";
    private const string NotPersisted = """subscription { messages(room: "r9") { text room } }""";
    private static readonly string Id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Document)));
    private readonly string directory = Directory.CreateTempSubdirectory("persisted-subscription-").FullName;
    private SubscriptionHost host = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(directory, "Messages.graphql"), Document);
        host = await SubscriptionHost.StartAsync(configure: graphql => graphql.UsePersistedOperationDocuments(directory, onlyAllowPersisted: true));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The request of a persisted-queries client: variables and the APQ extension, no query.</summary>
    private static string HashOnly(string hash, string room) => "payload:" + JsonSerializer.Serialize(new
    {
        variables = new { room },
        extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
    });

    [Theory]
    [InlineData("ws")]
    [InlineData("sse")]
    public async Task ItRunsByItsApqHashWithNoQuery(string transport)
    {
        var request = HashOnly(Id, transport + "-hash");
        var client = transport == "ws" ? GraphQLWsAsync(host.WebSocketEndpoint, request, 1) : GraphQLSseAsync(host.HttpEndpoint, request, 1);

        Assert.Equal(["""{"data":{"messages":{"text":"first"}}}"""], await PublishUntilAnsweredAsync(client, transport + "-hash"));
    }

    [Fact]
    public async Task OverWebSocketItRunsByItsDocumentId()
    {
        var client = GraphQLWsAsync(host.WebSocketEndpoint, "payload:" + JsonSerializer.Serialize(new { documentId = Id, variables = new { room = "ws-id" } }), 1);

        Assert.Equal(["""{"data":{"messages":{"text":"first"}}}"""], await PublishUntilAnsweredAsync(client, "ws-id"));
    }

    [Fact]
    public async Task ARawSubscribeMessageWithOnlyTheHashRunsAndAnswersInTheProtocolsShape()
    {
        // Byte for byte what Apollo Kotlin's WebSocket transport sends with persisted queries: no query key at all.
        await using var socket = await RawGraphQLWebSocket.ConnectAndInitAsync(host.WebSocketEndpoint);
        await socket.SendAsync(JsonSerializer.Serialize(new
        {
            id = "1",
            type = "subscribe",
            payload = new { variables = new { room = "raw" }, extensions = new { persistedQuery = new { version = 1, sha256Hash = Id } } },
        }));
        await Eventually.TrueAsync(() => host.Feed.Active == 1);
        host.Feed.Publish("raw", "hello");

        var next = await socket.ReceiveAsync();

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"messages":{"text":"hello"}}}}""", next.Message!.Value.GetRawText());
    }

    /// <summary>A document that is not persisted, an unknown hash and an unknown id: each request as the client sends it.</summary>
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "not persisted", NotPersisted, ServerErrorCodes.PersistedOperationRequired },
        { "unknown hash", HashOnly(new string('a', 64), "r9"), ServerErrorCodes.PersistedQueryNotFound },
        { "unknown id", "payload:" + JsonSerializer.Serialize(new { id = new string('b', 64) }), ServerErrorCodes.PersistedQueryNotFound },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task OverWebSocketARefusedSubscriptionIsAnErrorMessageWithTheHttpError(string why, string request, string code)
    {
        var lines = await GraphQLWsAsync(host.WebSocketEndpoint, request, 1);

        var error = Assert.Single(lines).GetProperty("error");
        Assert.True(error.ValueKind == JsonValueKind.Array, why + ": " + error.GetRawText());
        Assert.Equal(code, error[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(await HttpErrorsAsync(request), error.GetRawText());
        Assert.Equal(0, host.Feed.Active + host.Feed.Disposed);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task OverServerSentEventsARefusedSubscriptionIsOneNextEventWithTheHttpError(string why, string request, string code)
    {
        var lines = await GraphQLSseAsync(host.HttpEndpoint, request, 5);

        var next = Assert.Single(Nexts(lines));
        using var json = JsonDocument.Parse(next);
        var errors = json.RootElement.GetProperty("errors");
        Assert.True(!json.RootElement.TryGetProperty("data", out _), why + ": " + next);
        Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(await HttpErrorsAsync(request), errors.GetRawText());
        Assert.True(lines[^1].GetProperty("done").GetBoolean());
        Assert.Equal(0, host.Feed.Active + host.Feed.Disposed);
    }

    /// <summary>The <c>errors</c> the same request gets as a plain HTTP POST.</summary>
    private async Task<string> HttpErrorsAsync(string request)
    {
        var body = request.StartsWith("payload:", StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<JsonElement>(request["payload:".Length..])
            : JsonSerializer.SerializeToElement(new { query = request });
        var response = await host.Client.PostGraphQLAsync(body);
        return response.Json.GetProperty("errors").GetRawText();
    }

    private async Task<IReadOnlyList<string>> PublishUntilAnsweredAsync(Task<IReadOnlyList<JsonElement>> client, string room)
    {
        // The source is registered once the subscription is read: publish after that, or the event has no reader.
        await Eventually.TrueAsync(() => host.Feed.Active == 1 || client.IsCompleted, TimeSpan.FromSeconds(30));
        host.Feed.Publish(room, "first");
        var lines = await client;
        Assert.True(lines[^1].TryGetProperty("done", out _), string.Join('\n', lines));
        return Nexts(lines);
    }
}
