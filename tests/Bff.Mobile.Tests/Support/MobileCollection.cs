namespace Bff.Mobile.Tests.Support;

/// <summary>
/// The tests that share the demo backends and one redis-server, run one after another: the fault tests change a
/// backend for everyone while they run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MobileCollection : ICollectionFixture<DemoBackendsProcess>, ICollectionFixture<RedisFixture>
{
    public const string Name = "Mobile";
}
