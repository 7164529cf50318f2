using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>A BFF-shaped app on a real Kestrel socket (127.0.0.1, free port) with in-memory configuration only.</summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app)
    {
        App = app;
        // The test is the outside caller: its own HttpClient must not turn the traceparent it sends into a span of
        // the process (an app under test traces System.Net.Http, and the handler would replace the header).
        Client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Builds, wires the service defaults, maps <paramref name="map"/>'s endpoints and starts listening.</summary>
    public static async Task<TestApp> StartAsync(
        IDictionary<string, string?>? config = null,
        string environment = "Development",
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? map = null)
    {
        var app = Build(config, environment, configure, map);
        await app.StartAsync();
        return new TestApp(app);
    }

    /// <summary>The exception that stops the app from building or starting with <paramref name="config"/>.</summary>
    public static async Task<Exception> StartupFailureAsync(IDictionary<string, string?> config, string environment = "Development")
    {
        WebApplication? app = null;
        try
        {
            app = Build(config, environment);
            await app.StartAsync();
            await app.StopAsync();
        }
        catch (Exception ex)
        {
            return ex;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        throw new Xunit.Sdk.XunitException("The app started although its configuration is invalid.");
    }

    private static WebApplication Build(
        IDictionary<string, string?>? config = null,
        string environment = "Development",
        Action<WebApplicationBuilder>? configure = null,
        Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });

        // Only what the test says: no appsettings, and no OTEL_* or other variables from the machine.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(config ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapDefaultEndpoints();
        app.MapGet("/ping", () => "pong");
        map?.Invoke(app);
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
