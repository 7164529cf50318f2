using System.Security.Cryptography;
using System.Text.Json;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// The demo backends and a redis-server on loopback ports, for tests that start their own BFF processes with their own
/// settings (drain, TLS) and change the backends' faults without disturbing <see cref="DeployStack"/>.
/// </summary>
public sealed class LocalBackends : IAsyncLifetime
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    private RedisServer? redis;

    /// <summary>The demo backends.</summary>
    public DemoBackendsProcess Demo { get; } = new();

    /// <summary>
    /// What a BFF needs in Production, as its Deployment gives it (backends, Redis, token settings), listening on
    /// <paramref name="port"/> over http; tests add or replace keys.
    /// </summary>
    public Dictionary<string, string> EnvironmentFor(int port)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{port}",
            ["Redis__Configuration"] = redis!.Configuration,
            ["Auth__Jwt__Issuer"] = "bff-demo-issuer",
            ["Auth__Jwt__Audience"] = "bff-demo",
            ["Auth__Jwt__SigningKey"] = signingKey,
            ["Serilog__MinimumLevel__Default"] = "Warning",
        };
        foreach (var service in Services)
        {
            environment[$"Backends__{service}__BaseUrl"] = Demo.UrlOf(service).ToString();
        }

        return environment;
    }

    /// <summary>Posts a GraphQL query and returns the status, the HTTP version and the body.</summary>
    public static async Task<(int Status, Version Version, JsonElement Body)> QueryAsync(HttpClient http, HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, response.Version, await GraphQLPost.ReadAsync(response));
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Demo.InitializeAsync();
        redis = await RedisServer.StartAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }

        await Demo.DisposeAsync();
    }
}
