using System.Text.Json;
using Bff.Mobile.Tests.Matrix;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Live;

/// <summary>
/// bff-mobile in Production, where only persisted operations run, and its one subscription, Operations/OrderStatus:
/// the real graphql-ws and graphql-sse clients subscribe by its hash with no query (as Apollo Kotlin and iOS send a
/// persisted subscription) or by an Apollo manifest id, and receive the changes the demo orders service publishes on a
/// real redis-server; a subscription that is not persisted is refused over both transports with the error HTTP gives.
/// </summary>
public sealed class PersistedOrderStatusTests(ProductionLiveEventsFixture live) : IClassFixture<ProductionLiveEventsFixture>, IDisposable
{
    private const string Channel = "demo:events:order-status-changed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly string manifest = Path.Combine(Path.GetTempPath(), $"mobile-subscription-manifest-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(manifest);

    [Fact]
    public void OrderStatusIsTheOneSubscriptionOnDiskAndTheMatrixLeavesItOut()
    {
        // A new subscription file needs transport tests here: the JSON matrices do not run it.
        Assert.Equal(["OrderStatus"], ScreenOperations.SubscriptionsOnDisk());
        Assert.DoesNotContain("OrderStatus", ScreenOperations.OnDisk());
        Assert.Contains("OrderTracking", ScreenOperations.OnDisk());
    }

    [Theory]
    [InlineData("ws")]
    [InlineData("sse")]
    public async Task ThePersistedSubscriptionStreamsByItsHashWithNoQuery(string transport)
    {
        using var host = Production();
        var token = await live.Demo.TokenForAsync(transport == "ws" ? "u-071" : "u-072");
        var orderId = await PlaceOrderAsync(host, token);

        await AssertStreamsAsync(host, transport, HashOnly(AppOperations.Id("OrderStatus"), orderId), token, orderId, withTypename: false);
    }

    [Fact]
    public async Task TheSubscriptionOfAnApolloManifestStreamsOverWebSocketByItsManifestId()
    {
        // The manifest an Apollo Kotlin or iOS build generates: the body with __typename added, its SHA-256 the id.
        await ApolloClientScript.WriteManifestAsync(manifest, Path.Combine(AppOperations.Directory("OperationsDirectory"), "OrderStatus.graphql"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
        var entry = json.RootElement.GetProperty("operations").EnumerateArray().Single();
        Assert.Equal(("OrderStatus", "subscription"), (entry.GetProperty("name").GetString(), entry.GetProperty("type").GetString()));
        using var host = Production(new() { ["PersistedOperations:Manifest"] = manifest });
        var token = await live.Demo.TokenForAsync("u-073");
        var orderId = await PlaceOrderAsync(host, token);

        await AssertStreamsAsync(host, "ws", HashOnly(entry.GetProperty("id").GetString()!, orderId), token, orderId, withTypename: true);
    }

    /// <summary>A document that is not persisted, and an unknown hash: each as the client sends it, and its error code.</summary>
    public static TheoryData<string, string, string> Refusals
    {
        get
        {
            var rows = new TheoryData<string, string, string>();
            foreach (var transport in new[] { "ws", "sse" })
            {
                rows.Add(transport, """subscription { orderStatusChanged(orderId: "o-1") { orderId status } }""", "PERSISTED_OPERATION_REQUIRED");
                rows.Add(transport, HashOnly(new string('c', 64), "o-1"), "PERSISTED_QUERY_NOT_FOUND");
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task ASubscriptionThatIsNotPersistedIsRefusedWithTheHttpErrorAndNoBackendCall(string transport, string request, string code)
    {
        using var host = Production();
        var token = await live.Demo.TokenForAsync("u-074");

        await using var client = SubscriptionListener.Start(transport, Url(host, transport), request, "Bearer " + token);
        var answer = await client.WaitForAsync(l => !l.TryGetProperty("done", out _), Patience);

        Assert.NotNull(answer);
        // graphql-ws reports the error message's errors; graphql-sse the one next event of the accepted stream.
        var errors = transport == "ws" ? answer.Value.GetProperty("error") : answer.Value.GetProperty("next").GetProperty("errors");
        Assert.True(errors.ValueKind == JsonValueKind.Array, answer.Value.GetRawText());
        Assert.Equal(code, Assert.Single(errors.EnumerateArray()).Code());
        Assert.Equal((await HttpErrorsAsync(host, request, token)).GetRawText(), errors.GetRawText());
        Assert.Empty(host.Calls.Calls);
    }

    private async Task AssertStreamsAsync(MobileHost host, string transport, string request, string token, string orderId, bool withTypename)
    {
        var before = Subscribers();
        await using var client = SubscriptionListener.Start(transport, Url(host, transport), request, "Bearer " + token);

        // The instance's one Redis subscription shows once the subscribe function ran: a change after it is delivered.
        await Eventually.TrueAsync(() => Subscribers() > before || client.Lines.Count > 0, Patience);
        Assert.True(client.Lines.Count == 0, string.Join('\n', client.Lines));
        await MoveAsync(orderId, "processing");
        var processing = await client.WaitForAsync(l => Change(l) is not null, Patience);

        Assert.True(processing is not null, string.Join('\n', client.Lines));
        var change = Change(processing.Value)!.Value;
        Assert.Equal((orderId, "processing", "placed"), (change.GetProperty("orderId").GetString(), change.GetProperty("status").GetString(), change.GetProperty("previousStatus").GetString()));
        Assert.Equal(withTypename, change.TryGetProperty("__typename", out _));
    }

    private static string HashOnly(string hash, string orderId) => "payload:" + JsonSerializer.Serialize(new
    {
        operationName = "OrderStatus",
        variables = new { orderId },
        extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
    });

    /// <summary>The <c>errors</c> the same request gets as a plain HTTP POST with the same token.</summary>
    private static async Task<JsonElement> HttpErrorsAsync(MobileHost host, string request, string token)
    {
        var body = request.StartsWith("payload:", StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<JsonElement>(request["payload:".Length..])
            : JsonSerializer.SerializeToElement(new { query = request });
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        post.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(post);
        return (await GraphQLPost.ReadAsync(response)).GetProperty("errors");
    }

    private MobileHost Production(Dictionary<string, string?>? more = null)
    {
        var settings = ProductionLiveEventsFixture.Settings;
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new MobileHost(live.Demo, live.Redis, "Production", settings);
    }

    // A new order each test, placed through the app's own persisted PlaceOrder: it starts as "placed", so it can move.
    private static async Task<string> PlaceOrderAsync(MobileHost host, string token)
    {
        var placed = await host.PostAsync(
            AppOperations.Text("PlaceOrder"),
            new { lines = new[] { new { productId = "319", quantity = 1 } }, idempotencyKey = "persisted-live-" + Guid.NewGuid().ToString("N") },
            token);
        return placed.NoErrors().Data().GetProperty("placeOrder").GetProperty("id").GetString()!;
    }

    private Task MoveAsync(string orderId, string status) =>
        live.Demo.AdminPostAsync("Orders", $"/admin/orders/{orderId}/status", new { status });

    private long Subscribers() => (long)((StackExchange.Redis.RedisResult[])live.Redis.Raw.Execute("PUBSUB", "NUMSUB", Channel)!)[1];

    private static Uri Url(MobileHost host, string transport) =>
        new UriBuilder(new Uri(host.Http.BaseAddress!, "/graphql")) { Scheme = transport == "ws" ? "ws" : "http" }.Uri;

    private static JsonElement? Change(JsonElement line) =>
        line.TryGetProperty("next", out var next) && next.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("orderStatusChanged", out var change) && change.ValueKind == JsonValueKind.Object
            ? change
            : null;
}
