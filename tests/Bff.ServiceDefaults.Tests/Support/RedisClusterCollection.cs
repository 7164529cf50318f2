namespace Bff.ServiceDefaults.Tests.Support;

/// <summary>
/// The classes that run on one shared <see cref="SharedRedisCluster"/>, started once per test run. xunit runs the
/// classes of one collection one after another; they still run beside the other classes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<SharedRedisCluster>
{
    public const string Name = "Redis Cluster";
}
