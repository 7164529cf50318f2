namespace Bff.Web.Tests.Support;

/// <summary>
/// The tests that share the demo backends and one redis-server, run one after another: fault tests change a backend
/// for everyone while they run.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<DemoBackendsProcess>, ICollectionFixture<RedisFixture>
{
    public const string Name = "Web BFF";
}
