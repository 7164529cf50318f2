namespace Bff.GraphQL.EndToEndTests.Subscriptions;

/// <summary>Tests that measure the process's managed memory: xunit runs this collection with nothing beside it.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasuringCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Memory measuring";
}
