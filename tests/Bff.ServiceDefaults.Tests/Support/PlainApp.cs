using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>An app without the service defaults, standing in for a backend or an OTLP receiver.</summary>
public sealed class PlainApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlainApp(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());

    public static async Task<PlainApp> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new PlainApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
