using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Mobile.Tests.Support;

/// <summary>
/// bff-mobile's own Program on Kestrel at 127.0.0.1 on a free port, over the demo backends and a real redis-server,
/// with a fresh cache key prefix (every host starts cold). Every backend request is counted in <see cref="Calls"/>.
/// </summary>
public sealed class MobileHost : WebApplicationFactory<Program>
{
    internal static readonly string[] Backends = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly Dictionary<string, string?> settings;

    public MobileHost(
        DemoBackendsProcess demo, RedisFixture redis, string environment = "Development", IDictionary<string, string?>? overrides = null)
    {
        Environment = environment;
        Calls = new BackendCallLog(Backends.ToDictionary(s => demo.UrlOf(s).Port, s => s.ToLowerInvariant()));
        settings = Backends.ToDictionary(s => $"Backends:{s}:BaseUrl", s => (string?)demo.UrlOf(s).ToString());
        settings["Redis:Configuration"] = redis.Server.Configuration;
        settings["Caching:KeyPrefix"] = "m" + Guid.NewGuid().ToString("N");
        settings["Kestrel:Endpoints:Http:Url"] = "http://127.0.0.1:0";
        // One attempt per call, so that a faulted backend costs a known number of requests.
        settings["Resilience:Defaults:Retry:MaxRetryAttempts"] = "0";
        // Every host shares one redis-server, so one IP bucket: the tests would otherwise limit each other.
        settings["RateLimiting:Ip:PermitLimit"] = "100000";
        if (environment != "Development")
        {
            settings["Auth:Jwt:SigningKey"] = "a-test-signing-key-that-is-not-the-demo-key-0123456789";
            settings["Auth:Jwt:Issuer"] = "bff-test";
            settings["Auth:Jwt:Audience"] = "bff-test";
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        UseKestrel();
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri(address),
        };
    }

    public string Environment { get; }

    /// <summary>Every call a resolver made on a typed client.</summary>
    public BackendCallLog Calls { get; }

    /// <summary>A client over the socket that does not decompress, so tests see the encoding.</summary>
    public HttpClient Http { get; }

    /// <summary>Posts one operation; the token, when given, is sent as a bearer token.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        using var response = await Http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    /// <summary>A GET of a persisted operation by id, with its variables.</summary>
    public static HttpRequestMessage GetById(string id, object variables) => new(
        HttpMethod.Get,
        $"/graphql?id={id}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
            services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => Calls.CreateHandler())));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();
        }

        base.Dispose(disposing);
    }
}
