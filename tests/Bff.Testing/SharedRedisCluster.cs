using StackExchange.Redis;
using Xunit;

namespace Bff.Testing;

/// <summary>
/// One three-master Redis Cluster shared by the classes of a test project's cluster collection
/// (<c>ICollectionFixture&lt;SharedRedisCluster&gt;</c>): started once per test run rather than per class, since each
/// start is three processes and a <c>redis-cli --cluster create</c>. Tests isolate their keys with a unique prefix.
/// </summary>
public sealed class SharedRedisCluster : IRedisTopology, IAsyncLifetime
{
    private readonly RedisClusterFixture fixture = new();

    /// <inheritdoc />
    public string Configuration => fixture.Cluster.Configuration;

    /// <inheritdoc />
    public IConnectionMultiplexer Raw => fixture.Raw;

    /// <inheritdoc />
    public Task InitializeAsync() => fixture.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => fixture.DisposeAsync();
}
