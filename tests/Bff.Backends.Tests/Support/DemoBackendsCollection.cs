namespace Bff.Backends.Tests.Support;

/// <summary>The tests that share one <see cref="DemoBackendsProcess"/>: xunit wants the definition in the test assembly.</summary>
[CollectionDefinition(Name)]
public sealed class DemoBackendsCollection : ICollectionFixture<DemoBackendsProcess>
{
    public const string Name = "Demo backends";
}
