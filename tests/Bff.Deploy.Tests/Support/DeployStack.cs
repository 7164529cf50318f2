namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The compose stack without Docker: the demo backends and a redis-server on loopback ports, an OTLP receiver where the
/// collector would be, and each BFF started with its compose service's environment and its image's ENV, the
/// compose host names (catalog:5201, redis:6379, ...) pointed at those local ports. Each BFF has served a query, so
/// it has called backends, used its cache and exported metrics and spans.
/// </summary>
public sealed class DeployStack : IAsyncLifetime
{
    /// <summary>The two BFFs: compose service, assembly, Dockerfile.</summary>
    public static readonly (string Service, string Assembly, string Dockerfile)[] Bffs =
    [
        ("bff-mobile", "Bff.Mobile", "bff-mobile/Dockerfile"),
        ("bff-web", "Bff.Web", "bff-web/Dockerfile"),
    ];

    private readonly DemoBackendsProcess demo = new();
    private RedisServer? redis;
    private readonly Dictionary<string, BffProcess> bffs = new(StringComparer.Ordinal);

    /// <summary>What the BFFs exported.</summary>
    public OtlpReceiver Receiver { get; private set; } = null!;

    /// <summary>A demo service's local root URL, e.g. <c>DemoUrl("Catalog")</c>.</summary>
    public Uri DemoUrl(string service) => demo.UrlOf(service);

    /// <summary>A running BFF by compose service name.</summary>
    public BffProcess Bff(string service) => bffs[service];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await demo.InitializeAsync();
        redis = await RedisServer.StartAsync();
        Receiver = await OtlpReceiver.StartAsync();
        foreach (var (service, assembly, dockerfile) in Bffs)
        {
            var port = BffProcess.FreePort();
            bffs[service] = await BffProcess.StartAsync(assembly, EnvironmentOf(service, dockerfile, port), port);
        }

        using var http = new HttpClient();
        var token = await demo.TokenForAsync("u-001");
        var home = File.ReadAllText(Repository.PathOf("bff-mobile", "Operations", "Home.graphql"));
        const string product = "query ProductName($id: ID!) { product(id: $id) { id name } }";
        foreach (var _ in new[] { "a miss", "a hit" })
        {
            await QueryAsync(http, Bff("bff-mobile"), home, new { imageWidth = 320 }, token);
            await QueryAsync(http, Bff("bff-web"), product, new { id = "1" }, token);
        }

        // One export interval later every instrument used so far has been exported at least once.
        await Eventually.TrueAsync(
            () => Bffs.All(b => Receiver.Metrics.Keys.Any(m => m.Service == b.Service && m.Name == "http.client.request.duration")
                && Receiver.Spans.Keys.Any(s => s.Service == b.Service && s.Scope == "Bff.GraphQL")),
            TimeSpan.FromSeconds(30));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var bff in bffs.Values)
        {
            await bff.DisposeAsync();
        }

        await Receiver.DisposeAsync();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }

        await demo.DisposeAsync();
    }

    /// <summary>
    /// The image's ENV then the compose service's environment (compose's order of precedence), interpolated as if run
    /// with <c>BFF_OTLP_ENDPOINT</c> set (the README's observability command), with the compose network's addresses
    /// replaced by the local ones. Test-only additions: OTLP over HTTP (the receiver speaks no gRPC), a short export
    /// interval and generous timeouts.
    /// </summary>
    private Dictionary<string, string> EnvironmentOf(string service, string dockerfile, int port)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["BFF_OTLP_ENDPOINT"] = Receiver.Endpoint.ToString().TrimEnd('/') };
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in Dockerfile.Load(dockerfile).Environment.Concat(ComposeFile.Environment(service)))
        {
            environment[key] = Localize(ComposeFile.Interpolate(value, variables));
        }

        environment["Kestrel__Endpoints__Http__Url"] = environment["Kestrel__Endpoints__Http__Url"].Replace("0.0.0.0:", "127.0.0.1:", StringComparison.Ordinal)
            .Replace($":{new Uri(environment["Kestrel__Endpoints__Http__Url"]).Port}", $":{port}", StringComparison.Ordinal);
        environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        environment["OTEL_METRIC_EXPORT_INTERVAL"] = "500";
        // Cold processes on a loaded test machine: time enough for the first backend calls to succeed and be cached.
        environment["Resilience__RequestBudget"] = "00:00:30";
        return environment;
    }

    /// <summary>
    /// <paramref name="value"/> with the compose network's addresses (catalog:5201, redis:6379, ...; the manifests' Services
    /// use the same names) replaced by where the demo backends and Redis listen here.
    /// </summary>
    public string Localize(string value)
    {
        var local = new Dictionary<string, string>(StringComparer.Ordinal) { ["redis:6379"] = RedisConfiguration };
        foreach (var backend in new[] { "Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications" })
        {
            local[$"{backend.ToLowerInvariant()}:{ComposePortOf(backend)}"] = demo.UrlOf(backend).Authority;
        }

        return local.Aggregate(value, (v, address) => v.Replace(address.Key, address.Value, StringComparison.Ordinal));
    }

    /// <summary>The local redis-server's configuration string.</summary>
    public string RedisConfiguration => redis!.Configuration;

    private static int ComposePortOf(string backend) =>
        ComposeFile.PublishedPorts(backend.ToLowerInvariant()).Select(p => p.Container).Concat(ComposeFile.ExposedPorts(backend.ToLowerInvariant())).First();

    private static async Task QueryAsync(HttpClient http, BffProcess bff, string query, object variables, string token)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        request.RequestUri = new Uri(bff.Address, "/graphql");
        using var response = await http.SendAsync(request);
        var body = await GraphQLPost.ReadAsync(response);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{bff.Address} answered {(int)response.StatusCode}: {body}\n{bff.Output}");
        }
    }
}
