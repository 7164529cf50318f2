using StackExchange.Redis;
using Xunit;

namespace Bff.Testing;

/// <summary>One <see cref="RedisServer"/> per test class (<c>IClassFixture&lt;RedisFixture&gt;</c>); tests isolate their keys with a unique prefix.</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? raw;

    /// <summary>The server, started before the first test of the class.</summary>
    public RedisServer Server { get; private set; } = null!;

    /// <summary>A plain connection for looking at what the code under test wrote, opened on first use.</summary>
    public IDatabase Raw => (raw ??= ConnectionMultiplexer.Connect(Server.Configuration)).GetDatabase();

    /// <inheritdoc />
    public async Task InitializeAsync() => Server = await RedisServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        raw?.Dispose();
        await Server.DisposeAsync();
    }
}
