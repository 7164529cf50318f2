using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bff.Domains.Tests.Support;

/// <summary>
/// A BFF as its Program.cs will be: the typed clients over the running demo backends, the cache over a real
/// redis-server (a fresh key prefix per host, so every host starts cold), token validation, every domain module,
/// served by Kestrel on a free port. Every backend request is counted in <see cref="Calls"/>.
/// </summary>
public sealed class DomainsHost : IAsyncDisposable
{
    internal static readonly string[] Backends = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly WebApplication app;
    private readonly HttpClient http;

    private DomainsHost(WebApplication app, BackendCallLog calls, BackendCallLog sent)
    {
        this.app = app;
        Calls = calls;
        Sent = sent;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        http = new HttpClient { BaseAddress = new Uri(address) };
    }

    /// <summary>Every call a resolver made on a typed client (outermost handler), sent or not.</summary>
    public BackendCallLog Calls { get; }

    /// <summary>Every request that went on the wire (innermost handler): after the route guard and resilience, retries included.</summary>
    public BackendCallLog Sent { get; }

    public IServiceProvider Services => app.Services;

    public static async Task<DomainsHost> StartAsync(
        DemoBackendsProcess demo, RedisFixture redis, string? keyPrefix = null, IDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var settings = Backends.ToDictionary(s => $"Backends:{s}:BaseUrl", s => (string?)demo.UrlOf(s).ToString());
        settings["Redis:Configuration"] = redis.Server.Configuration;
        settings["Caching:KeyPrefix"] = keyPrefix ?? "t" + Guid.NewGuid().ToString("N");
        // One attempt per call, so that a faulted backend costs a known number of requests.
        settings["Resilience:Defaults:Retry:MaxRetryAttempts"] = "0";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        var ports = Backends.ToDictionary(s => demo.UrlOf(s).Port, s => s.ToLowerInvariant());
        var calls = new BackendCallLog(ports);
        var sent = new BackendCallLog(ports);
        BffComposition.Register(builder, calls, sent);
        var app = builder.Build();
        app.UseAuthentication();
        app.MapGraphQL();
        await app.StartAsync();
        return new DomainsHost(app, calls, sent);
    }

    /// <summary>Posts one operation; the token, when given, is sent as a bearer token.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? token = null)
    {
        using var request = GraphQLPost.Create(query, variables, token);
        using var response = await http.SendAsync(request);
        return await GraphQLPost.ReadAsync(response);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
