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
        var printed = SchemaPrinter.Print(AllModules()).ReplaceLineEndings("\n");
        var path = Path.Combine(SnapshotsDirectory(), "domains.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed, Diff(committed, printed) + "\nRun with UPDATE_SNAPSHOTS=1 to accept the change.");
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

    internal static Schema AllModules() => Build(b => b.AddAllDomainModules());

    private static Schema Build(Action<GraphQLServerBuilder> compose)
    {
        var services = new ServiceCollection().AddLogging();
        compose(services.AddGraphQLServer());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<GraphQLRequestExecutor>().Schema;
    }

    private static string SnapshotsDirectory() => typeof(SchemaSnapshotTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SnapshotsDirectory").Value!;

    // The first lines that differ, with their line number: enough to see what changed in the contract.
    private static string Diff(string committed, string printed)
    {
        var a = committed.Split('\n');
        var b = printed.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 20; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:\n  - {left}\n  + {right}");
            }
        }

        return "The composed schema differs from Snapshots/domains.graphql:\n" + string.Join('\n', lines);
    }
}
