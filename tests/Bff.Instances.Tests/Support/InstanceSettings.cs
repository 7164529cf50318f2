using System.Globalization;

namespace Bff.Instances.Tests.Support;

/// <summary>The configuration two instances of one deployment share, given on each one's command line.</summary>
public static class InstanceSettings
{
    /// <summary>The per-client limit the instances enforce together.</summary>
    public const int ClientLimit = 5;

    /// <summary>
    /// Backends behind <paramref name="backends"/> (so calls are counted), Redis at <paramref name="redis"/>, one cache
    /// and rate-limit prefix per deployment, a small client limit, and the local proxy believed.
    /// </summary>
    public static Dictionary<string, string> For(CountingBackends backends, string redis, string deployment)
    {
        ArgumentNullException.ThrowIfNull(backends);
        var prefix = deployment + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string>
        {
            ["Redis:Configuration"] = redis,
            ["Caching:KeyPrefix"] = prefix,
            // Two deployments on one Redis (both BFFs on the cluster) count their limits apart.
            ["RateLimiting:Redis:KeyPrefix"] = prefix + ":ratelimit:",
            ["RateLimiting:Client:PermitLimit"] = ClientLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:Ip:PermitLimit"] = "100000",
            // Counted in Redis however loaded the machine is: past the 100 ms default each instance would decide alone.
            ["RateLimiting:Redis:Timeout"] = "00:00:05",
            // The proxy is on this machine: its X-Forwarded-For is believed, so the limiter sees the caller's address.
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            // Where reads come from, not how long entries live: on two cores shared with other builds a Redis read can
            // outlast the 100 ms default (a miss, so a backend call), and stock's 5 s can pass between two requests.
            ["Caching:DistributedCacheTimeout"] = "00:00:05",
            ["Caching:Policies:stock:Fresh"] = "00:05:00",
            // What answers, not how fast: a cold request on two loaded cores can outlast mobile's 5 s budget.
            ["Resilience:RequestBudget"] = "00:00:30",
        };
        foreach (var service in CountingBackends.Services)
        {
            settings[$"Backends:{service}:BaseUrl"] = backends.UrlOf(service).ToString();
        }

        return settings;
    }
}
