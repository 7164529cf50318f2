using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bff.Web.Tests.Support;

/// <summary>
/// The web BFF's own Program on Kestrel at 127.0.0.1 on a free port, its backends pointed at the demo backends and its
/// cache at the fixture's redis-server, with fresh cache and rate-limit prefixes (every host starts cold). Every call
/// a typed client makes is counted in <see cref="Calls"/>.
/// </summary>
public sealed class WebBff : WebApplicationFactory<Program>
{
    private static readonly string[] Backends = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly Dictionary<string, string?> settings;
    private readonly string environment;

    public WebBff(DemoBackendsProcess demo, RedisFixture redis, IDictionary<string, string?>? overrides = null, string environment = "Development")
    {
        this.environment = environment;
        settings = Backends.ToDictionary(s => $"Backends:{s}:BaseUrl", s => (string?)demo.UrlOf(s).ToString());
        settings["Redis:Configuration"] = redis.Server.Configuration;
        settings["Caching:KeyPrefix"] = "w" + Guid.NewGuid().ToString("N");
        settings["RateLimiting:Redis:KeyPrefix"] = "rl" + Guid.NewGuid().ToString("N") + ":";
        // One attempt per call, so that a faulted backend costs a known number of requests.
        settings["Resilience:Defaults:Retry:MaxRetryAttempts"] = "0";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Calls = new BackendCallLog(Backends.ToDictionary(s => demo.UrlOf(s).Port, s => s.ToLowerInvariant()));
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };
    }

    public BackendCallLog Calls { get; }

    /// <summary>A plain client over the socket, no redirects followed by the handler's choice (see tests).</summary>
    public HttpClient Http { get; }

    /// <summary>Posts one operation; the token, when given, is sent as a bearer token.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? token = null)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        using var response = await Http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
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
