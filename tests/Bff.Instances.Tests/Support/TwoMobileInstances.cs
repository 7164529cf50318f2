namespace Bff.Instances.Tests.Support;

/// <summary>
/// The demo backends, one redis-server, two bff-mobile processes sharing it (same key prefix: one deployment) and a
/// round-robin proxy in front of them, started once for a test class.
/// </summary>
public sealed class TwoMobileInstances : IAsyncLifetime
{
    /// <summary>The per-client limit both instances enforce together.</summary>
    public const int ClientLimit = 5;

    /// <summary>The demo backends both instances call.</summary>
    public DemoBackendsProcess Demo { get; } = new();

    /// <summary>The Redis both instances share.</summary>
    public RedisServer Redis { get; private set; } = null!;

    /// <summary>The first instance, the proxy's first destination.</summary>
    public BffProcess A { get; private set; } = null!;

    /// <summary>The second instance.</summary>
    public BffProcess B { get; private set; } = null!;

    /// <summary>The one address in front of both.</summary>
    public RoundRobinProxy Proxy { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch
        {
            // Whatever did start is stopped: no process is left behind by a failed start.
            await DisposeAsync();
            throw;
        }
    }

    private async Task StartAsync()
    {
        await Demo.InitializeAsync();
        Redis = await RedisServer.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = Redis.Configuration,
            ["Caching:KeyPrefix"] = "two" + Guid.NewGuid().ToString("N")[..8],
            ["RateLimiting:Client:PermitLimit"] = ClientLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Ip:PermitLimit"] = "100000",
            // The proxy is on this machine: its X-Forwarded-For is believed, so the limiter sees the caller's address.
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        };
        foreach (var service in new[] { "Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications" })
        {
            settings[$"Backends:{service}:BaseUrl"] = Demo.UrlOf(service).ToString();
        }

        var starting = new[] { BffProcess.StartMobileAsync(settings), BffProcess.StartMobileAsync(settings) };
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            (A, B) = (starting[0].IsCompletedSuccessfully ? starting[0].Result : null!, starting[1].IsCompletedSuccessfully ? starting[1].Result : null!);
        }

        Proxy = await RoundRobinProxy.StartAsync(A.Url, B.Url);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        foreach (var instance in new[] { A, B })
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        await Demo.DisposeAsync();
    }
}
