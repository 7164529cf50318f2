namespace Bff.Instances.Tests.Support;

/// <summary>
/// The demo backends (behind <see cref="CountingBackends"/>), one redis-server, two processes of one BFF sharing it
/// (same key prefix: one deployment) and a round-robin proxy in front of them, started once for a test class.
/// </summary>
/// <param name="app">The BFF the instances run.</param>
public abstract class TwoInstances(BffApp app) : IAsyncLifetime
{
    private InstancePair? pair;

    /// <summary>The demo backends both instances call.</summary>
    public DemoBackendsProcess Demo { get; } = new();

    /// <summary>The counting forwarders the instances call the backends through.</summary>
    public CountingBackends Backends { get; private set; } = null!;

    /// <summary>The Redis both instances share.</summary>
    public RedisServer Redis { get; private set; } = null!;

    /// <summary>The first instance, the proxy's first destination.</summary>
    public BffProcess A => Pair.A;

    /// <summary>The second instance.</summary>
    public BffProcess B => Pair.B;

    /// <summary>The one address in front of both.</summary>
    public RoundRobinProxy Proxy => Pair.Proxy;

    private InstancePair Pair => pair ?? throw new InvalidOperationException("The instances are not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        try
        {
            await Demo.InitializeAsync();
            Backends = await CountingBackends.StartAsync(Demo);
            Redis = await RedisServer.StartAsync();
            pair = await InstancePair.StartAsync(app, InstanceSettings.For(Backends, Redis.Configuration, app.Name));
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
        if (pair is not null)
        {
            await pair.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (Backends is not null)
        {
            await Backends.DisposeAsync();
        }

        await Demo.DisposeAsync();
    }
}
