using StackExchange.Redis;

namespace Bff.Caching.Tests.Support;

/// <summary>One redis-server per test class; tests isolate their keys with a unique prefix.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? _raw;

    public RedisServer Server { get; private set; } = null!;

    /// <summary>A plain connection for looking at what the cache wrote.</summary>
    public IDatabase Raw => (_raw ??= ConnectionMultiplexer.Connect(Server.Configuration)).GetDatabase();

    public async Task InitializeAsync() => Server = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        _raw?.Dispose();
        await Server.DisposeAsync();
    }
}
