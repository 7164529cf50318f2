using StackExchange.Redis;
using Xunit;

namespace Bff.Testing;

/// <summary>One redis-server per test class (<c>IClassFixture&lt;SingleRedis&gt;</c>), started as <see cref="RedisFixture"/> starts it.</summary>
public sealed class SingleRedis : IRedisTopology, IAsyncLifetime
{
    private readonly RedisFixture fixture = new();
    private ConnectionMultiplexer? raw;

    /// <summary>The server, started before the first test of the class.</summary>
    public RedisServer Server => fixture.Server;

    /// <inheritdoc />
    public string Configuration => Server.Configuration;

    /// <inheritdoc />
    public IConnectionMultiplexer Raw => raw ??= ConnectionMultiplexer.Connect(Configuration);

    /// <inheritdoc />
    public Task InitializeAsync() => fixture.InitializeAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        raw?.Dispose();
        await fixture.DisposeAsync();
    }
}
