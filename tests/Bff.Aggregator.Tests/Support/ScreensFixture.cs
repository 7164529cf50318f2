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

    private BffProcess? mobile;
    private BffProcess? web;
    private HttpClient? client;

    public BffProcess Mobile => mobile ?? throw new InvalidOperationException("Not started.");

    public BffProcess Web => web ?? throw new InvalidOperationException("Not started.");

    /// <summary>A client of the aggregator.</summary>
    public HttpClient Aggregator => client ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Task.WhenAll(Demo.InitializeAsync(), redis.InitializeAsync());
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = redis.Server.Configuration,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var service in Services)
        {
            settings[$"Backends:{service}:BaseUrl"] = Demo.UrlOf(service).ToString().TrimEnd('/');
        }

        var startingMobile = BffProcess.StartAsync(BffApp.Mobile, settings);
        var startingWeb = BffProcess.StartAsync(BffApp.Web, settings);
        mobile = await startingMobile;
        web = await startingWeb;
        await WarmUpAsync(mobile.Http, BenchQueries.MobileOperation("ProductDetail"), new { id = "4000", imageWidth = 300 });
        await WarmUpAsync(mobile.Http, BenchQueries.MobileOperation("RecentlyViewed"), new { ids = new[] { "4000", "4001" }, imageWidth = 160 });
        await WarmUpAsync(web.Http, BenchQueries.ProductPage, new { id = "4000" });
        aggregator = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        client = aggregator.CreateClient();
    }

    // A fresh BFF's first screen compiles its code paths; on a loaded machine that can outlast a backend call's
    // timeout, which is that request's degraded answer, not what the comparison is about. Tries until one is whole.
    private static async Task WarmUpAsync(HttpClient bff, string query, object variables)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = GraphQLPost.Create(query, variables);
            using var response = await bff.SendAsync(request);
            var body = await GraphQLPost.ReadAsync(response);
            if (response.IsSuccessStatusCode && !body.TryGetProperty("errors", out _))
            {
                return;
            }

            if (attempt == 20)
            {
                throw new InvalidOperationException($"No answer without errors after {attempt} tries: {body}");
            }

            await Task.Delay(500);
        }
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
