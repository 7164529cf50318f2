using StackExchange.Redis;

namespace Bff.Testing;

/// <summary>
/// The Redis a behaviour test class runs on: one redis-server (<see cref="SingleRedis"/>) or a three-master cluster
/// (<see cref="SharedRedisCluster"/>). A behaviour class is abstract over it, with one subclass per topology
/// (<c>…OnRedis</c>, <c>…OnCluster</c>), so that the same tests run on both.
/// </summary>
public interface IRedisTopology
{
    /// <summary>A StackExchange.Redis configuration string for the code under test.</summary>
    string Configuration { get; }

    /// <summary>A plain connection for looking at what the code under test wrote.</summary>
    IConnectionMultiplexer Raw { get; }
}
