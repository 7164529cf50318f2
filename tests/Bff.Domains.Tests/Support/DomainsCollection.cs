namespace Bff.Domains.Tests.Support;

/// <summary>
/// The tests that share the demo backends and one redis-server. One collection, so they run one after another:
/// fault tests change a backend for everyone while they run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DomainsCollection : ICollectionFixture<DemoBackendsProcess>, ICollectionFixture<RedisFixture>
{
    public const string Name = "Domains";
}
