using System.Reflection;
using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Domains.Tests;

/// <summary>The composed contract of all modules, compared with the committed Snapshots/domains.graphql.</summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void TheComposedSchemaOfAllModulesMatchesTheCommittedSnapshot()
    {
        SchemaSnapshot.AssertMatches(SchemaPrinter.Print(AllModules()), Path.Combine(SnapshotsDirectory(), "domains.graphql"));
    }

    [Fact]
    public void ModulesComposeInAnyOrderAndWhenAddedTwice()
    {
        var reversed = Build(b => b.AddNotificationsModule().AddCatalogModule().AddCartModule().AddPricingModule().AddCatalogModule());

        Assert.NotNull(reversed.QueryType.Fields["product"]);
        Assert.True(((ObjectType)reversed.Types["Product"]).Fields.Contains("price"));
        Assert.NotNull(reversed.MutationType);
    }

    [Fact]
    public void AReadOnlyCompositionHasNoMutationRoot()
    {
        var schema = Build(b => b.AddCatalogModule().AddPricingModule().AddInventoryModule().AddReviewsModule());

        Assert.Null(schema.MutationType);
    }

    internal static Schema AllModules() => Build(b => b.AddAllDomainModules().AddOrderStatusSubscription().AddNotificationAddedSubscription());

    private static Schema Build(Action<GraphQLServerBuilder> compose)
    {
        var services = new ServiceCollection().AddLogging();
        compose(services.AddGraphQLServer());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<GraphQLRequestExecutor>().Schema;
    }

    private static string SnapshotsDirectory() => typeof(SchemaSnapshotTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SnapshotsDirectory").Value!;
}
