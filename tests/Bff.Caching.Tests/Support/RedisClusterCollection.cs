namespace Bff.Caching.Tests.Support;

/// <summary>
/// The classes that run on one shared <see cref="SharedRedisCluster"/>. xunit runs the classes of one
/// collection one after another; they still run beside the single-node classes.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RedisClusterCollection : ICollectionFixture<SharedRedisCluster>
{
    public const string Name = "Redis Cluster";
}
