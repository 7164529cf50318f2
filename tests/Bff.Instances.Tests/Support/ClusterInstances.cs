namespace Bff.Instances.Tests.Support;

/// <summary>
/// One three-master Redis Cluster with two bff-mobile and two bff-web processes on it (a deployment each, with its
/// own prefixes), each pair behind its own round-robin proxy, over the demo backends behind
/// <see cref="CountingBackends"/>; started once for a test class.
/// </summary>
public sealed class ClusterInstances : IAsyncLifetime
{
    private readonly Dictionary<BffApp, InstancePair> pairs = [];

    /// <summary>The demo backends every instance calls.</summary>
    public DemoBackendsProcess Demo { get; } = new();

    /// <summary>The cluster, with a plain connection to look at what the instances wrote.</summary>
    public RedisClusterFixture Redis { get; } = new();

    /// <summary>The counting forwarders every instance calls the backends through.</summary>
    public CountingBackends Backends { get; private set; } = null!;

    /// <summary>The two instances of <paramref name="app"/> and their proxy.</summary>
    public InstancePair Of(BffApp app) => pairs[app];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            await Task.WhenAll(Demo.InitializeAsync(), Redis.InitializeAsync());
            Backends = await CountingBackends.StartAsync(Demo);
            var configuration = Redis.Cluster.Configuration;
            var mobile = InstancePair.StartAsync(BffApp.Mobile, InstanceSettings.For(Backends, configuration, "mobile"));
            var web = InstancePair.StartAsync(BffApp.Web, InstanceSettings.For(Backends, configuration, "web"));
            try
            {
                await Task.WhenAll(mobile, web);
            }
            finally
            {
                foreach (var started in new[] { mobile, web }.Where(p => p.IsCompletedSuccessfully))
                {
                    pairs[started.Result.App] = started.Result;
                }
            }
        }
        catch
        {
            // Whatever did start is stopped: no process is left behind by a failed start.
            await DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var pair in pairs.Values)
        {
            await pair.DisposeAsync();
        }

        pairs.Clear();
        if (Backends is not null)
        {
            await Backends.DisposeAsync();
        }

        if (Redis.Cluster is not null)
        {
            await Redis.DisposeAsync();
        }

        await Demo.DisposeAsync();
    }
}
