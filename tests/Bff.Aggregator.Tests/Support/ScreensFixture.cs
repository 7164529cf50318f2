using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bff.Aggregator.Tests.Support;

/// <summary>
/// The demo backends, one Redis, bff-mobile and bff-web as processes over them, and the aggregator in process over
/// the same backends: the three ways of serving the benchmark's screens, side by side.
/// </summary>
public sealed class ScreensFixture : IAsyncLifetime
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly RedisFixture redis = new();
    private WebApplicationFactory<Program>? aggregator;

    /// <summary>The demo backends every server here reads.</summary>
    public DemoBackendsProcess Demo { get; } = new();

    private BffServerProcess? mobile;
    private BffServerProcess? web;
    private HttpClient? client;

    public BffServerProcess Mobile => mobile ?? throw new InvalidOperationException("Not started.");

    public BffServerProcess Web => web ?? throw new InvalidOperationException("Not started.");

    /// <summary>A client of the aggregator.</summary>
    public HttpClient Aggregator => client ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Task.WhenAll(Demo.InitializeAsync(), redis.InitializeAsync());
        var settings = new Dictionary<string, string> { ["Redis:Configuration"] = redis.Server.Configuration };
        foreach (var service in Services)
        {
            settings[$"Backends:{service}:BaseUrl"] = Demo.UrlOf(service).ToString().TrimEnd('/');
        }

        var startingMobile = BffServerProcess.StartAsync("MobileDirectory", "Bff.Mobile.dll", settings);
        var startingWeb = BffServerProcess.StartAsync("WebDirectory", "Bff.Web.dll", settings);
        mobile = await startingMobile;
        web = await startingWeb;
        aggregator = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        client = aggregator.CreateClient();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (aggregator is not null)
        {
            await aggregator.DisposeAsync();
        }

        if (mobile is not null)
        {
            await mobile.DisposeAsync();
        }

        if (web is not null)
        {
            await web.DisposeAsync();
        }

        await Demo.DisposeAsync();
        await redis.DisposeAsync();
    }
}

/// <summary>The xunit collection of the tests that share one <see cref="ScreensFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ScreensCollection : ICollectionFixture<ScreensFixture>
{
    public const string Name = "screens";
}
