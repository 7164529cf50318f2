using DemoBackends.Data;

namespace DemoBackends.Hosting;

/// <summary>Builds one WebApplication per service and runs them side by side.</summary>
internal static class DemoHost
{
    public static void WarmUp(IEnumerable<DemoService> services)
    {
        foreach (var service in services)
        {
            service.WarmUp(DemoData.Shared);
        }
    }

    public static WebApplication Build(DemoService service, string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(DemoHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        var host = builder.Configuration["DemoBackends:Host"] ?? "127.0.0.1";
        var port = builder.Configuration.GetValue($"DemoBackends:Ports:{service.Name}", service.DefaultPort);
        builder.WebHost.UseUrls($"http://{host}:{port}");

        builder.AddDemoDefaults(service);
        service.AddServices(builder.Services, builder.Configuration);
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseDemoDefaults(service);
        service.MapApi(app);
        return app;
    }

    public static async Task RunAllAsync(IReadOnlyList<WebApplication> apps)
    {
        foreach (var app in apps)
        {
            await app.StartAsync().ConfigureAwait(false);
            var name = app.Services.GetRequiredService<ServiceIdentity>().Name;
            Console.WriteLine($"{name,-16} {string.Join(", ", app.Urls)}  (OpenAPI: {app.Urls.First()}/openapi/v1.json)");
        }

        // Ctrl+C stops every app: each registers the console lifetime, so waiting on all is enough.
        await Task.WhenAll(apps.Select(app => app.WaitForShutdownAsync())).ConfigureAwait(false);
        foreach (var app in apps)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>Which service a WebApplication is, for logs, faults and the OpenAPI title.</summary>
internal sealed record ServiceIdentity(string Name);
