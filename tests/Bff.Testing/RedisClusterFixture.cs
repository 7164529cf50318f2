using StackExchange.Redis;
using Xunit;

namespace Bff.Testing;

/// <summary>One <see cref="RedisCluster"/> per test class (<c>IClassFixture&lt;RedisClusterFixture&gt;</c>); tests isolate their keys with a unique prefix.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime
{
    private ConnectionMultiplexer? raw;

    /// <summary>The cluster, started before the first test of the class.</summary>
    public RedisCluster Cluster { get; private set; } = null!;

    /// <summary>A plain cluster connection for looking at what the code under test wrote, opened on first use.</summary>
    public IConnectionMultiplexer Raw => raw ??= ConnectionMultiplexer.Connect(Cluster.Configuration);

    /// <inheritdoc />
    public async Task InitializeAsync() => Cluster = await RedisCluster.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        raw?.Dispose();
        await Cluster.DisposeAsync();
    }
}
