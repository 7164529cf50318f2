using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.Mobile.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Mobile.Tests;

/// <summary>The composed contract of the mobile BFF, compared with the committed bff-mobile/Bff.Mobile/schema.graphql.</summary>
[Collection(MobileCollection.Name)]
public sealed class SchemaSnapshotTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public void TheComposedSchemaMatchesTheCommittedSchemaFile()
    {
        using var host = new MobileHost(demo, redis);
        var printed = SchemaPrinter.Print(host.Services.GetRequiredService<GraphQLRequestExecutor>().Schema).ReplaceLineEndings("\n");
        var path = Path.Combine(AppOperations.Directory("MobileProjectDirectory"), "schema.graphql");
        if (System.Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed, Diff(committed, printed) + "\nRun with UPDATE_SNAPSHOTS=1 to accept the change.");
    }

    [Fact]
    public void TheAppsSchemaHasItsRenameAndRemovals()
    {
        using var host = new MobileHost(demo, redis);
        var schema = host.Services.GetRequiredService<GraphQLRequestExecutor>().Schema;
        var product = (ObjectType)schema.Types["Product"];

        Assert.True(product.Fields.TryGetValue("similar", out _));
        Assert.False(product.Fields.TryGetValue("recommendations", out _));
        Assert.False(product.Fields.TryGetValue("images", out _));
        Assert.False(schema.QueryType.Fields.TryGetValue("stores", out _));
        Assert.False(schema.Types.ContainsKey("Store"));
        Assert.False(((ObjectType)schema.Types["Stock"]).Fields.TryGetValue("stores", out _));
    }

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

        return "The composed schema differs from schema.graphql:\n" + string.Join('\n', lines);
    }
}
