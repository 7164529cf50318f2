using Xunit;

namespace Bff.Testing;

/// <summary>
/// A redis-server and the demo backends publishing their events on it (<c>Events:Redis</c>): what a BFF serving
/// subscriptions needs. A BFF pointed at <see cref="Redis"/> reads the events the backends publish.
/// </summary>
public sealed class LiveEventsFixture : IAsyncLifetime
{
    /// <summary>The Redis both the backends and the BFFs under test use.</summary>
    public RedisFixture Redis { get; } = new();

    /// <summary>The demo backends, publishing on <see cref="Redis"/>; set once started.</summary>
    public DemoBackendsProcess Demo { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Redis.InitializeAsync();
        Demo = new DemoBackendsProcess { EventsRedis = Redis.Server.Configuration };
        await Demo.InitializeAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Demo is not null)
        {
            await Demo.DisposeAsync();
        }

        await Redis.DisposeAsync();
    }
}
