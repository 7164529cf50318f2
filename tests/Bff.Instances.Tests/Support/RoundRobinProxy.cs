using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.LoadBalancing;

namespace Bff.Instances.Tests.Support;

/// <summary>
/// "One address" in front of the instances: YARP on Kestrel at 127.0.0.1 on a free port, one route, one cluster,
/// round robin over the destinations. It sets <c>X-Forwarded-For</c> as a load balancer would.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private readonly WebApplication app;

    private RoundRobinProxy(WebApplication app, Uri url)
    {
        this.app = app;
        Http = new HttpClient { BaseAddress = url };
    }

    /// <summary>A client of the proxy.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts the proxy over <paramref name="destinations"/>, in that round-robin order.</summary>
    public static async Task<RoundRobinProxy> StartAsync(params Uri[] destinations)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        RouteConfig[] routes = [new() { RouteId = "all", ClusterId = "bff", Match = new RouteMatch { Path = "{**rest}" } }];
        ClusterConfig[] clusters =
        [
            new()
            {
                ClusterId = "bff",
                LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
                Destinations = destinations.Select((d, i) => (d, i))
                    .ToDictionary(x => $"instance{x.i}", x => new DestinationConfig { Address = x.d.ToString() }),
            },
        ];
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RoundRobinProxy(app, new Uri(address));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await app.DisposeAsync();
    }
}
