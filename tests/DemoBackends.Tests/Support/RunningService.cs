using System.Net.Http.Headers;
using DemoBackends.Auth;
using DemoBackends.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DemoBackends.Tests.Support;

/// <summary>
/// One demo service on a free loopback port, over a real socket: faults such as dropped connections
/// and hangs only mean something on Kestrel, not on the in-memory TestServer.
/// </summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<HttpClient> clients = [];

    private RunningService(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Client = CreateClient();
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    internal IServiceProvider Services => app.Services;

    internal static async Task<RunningService> StartAsync(
        string name, Action<WebApplicationBuilder>? customize = null, params string[] settings)
    {
        var service = DemoServices.Find(name);
        string[] args = [$"--DemoBackends:Ports:{service.Name}=0", "--DemoBackends:Host=127.0.0.1", .. settings];
        var app = DemoHost.Build(service, args, customize);
        await app.StartAsync();
        return new RunningService(app, new Uri(app.Urls.First()));
    }

    public HttpClient CreateClient(string? userId = null, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        if (userId is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userId));
        }

        clients.Add(client);
        return client;
    }

    public string TokenFor(string userId, TimeSpan? lifetime = null) =>
        DevTokens.Create(app.Services.GetRequiredService<JwtSettings>(), userId, TimeProvider.System, lifetime);

    public async ValueTask DisposeAsync()
    {
        clients.ForEach(c => c.Dispose());
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
