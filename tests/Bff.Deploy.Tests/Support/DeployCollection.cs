namespace Bff.Deploy.Tests.Support;

/// <summary>The tests that need the BFFs running share one <see cref="DeployStack"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DeployCollection : ICollectionFixture<DeployStack>
{
    public const string Name = "Deploy stack";
}
