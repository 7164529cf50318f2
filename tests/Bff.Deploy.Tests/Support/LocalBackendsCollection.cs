namespace Bff.Deploy.Tests.Support;

/// <summary>The tests that start their own BFF processes share one <see cref="LocalBackends"/>.</summary>
[CollectionDefinition(Name)]
public sealed class LocalBackendsCollection : ICollectionFixture<LocalBackends>
{
    public const string Name = "Local backends";
}
