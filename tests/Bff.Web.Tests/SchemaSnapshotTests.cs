using System.Reflection;
using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bff.Web.Tests;

/// <summary>The web BFF's composed contract, compared with the committed bff-web/Bff.Web/schema.graphql.</summary>
[Collection(WebCollection.Name)]
public sealed class SchemaSnapshotTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public void TheComposedSchemaMatchesTheCommittedSchemaFile()
    {
        using var bff = new WebBff(demo, redis);
        var printed = SchemaPrinter.Print(SchemaOf(bff)).ReplaceLineEndings("\n");
        var path = SchemaFile();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed, Diff(committed, printed) + "\nRun with UPDATE_SNAPSHOTS=1 to accept the change.");
    }

    [Fact]
    public void SearchHasTheSpasNameAndThePhoneNumberIsNotInTheWebContract()
    {
        using var bff = new WebBff(demo, redis);
        var schema = SchemaOf(bff);

        Assert.True(schema.QueryType.Fields.Contains("search"));
        Assert.False(schema.QueryType.Fields.Contains("searchProducts"));
        Assert.False(((ObjectType)schema.Types["User"]).Fields.Contains("phone"));
        Assert.True(schema.QueryType.Fields.Contains("productPage"));
    }

    private static Schema SchemaOf(WebBff bff) => bff.Services.GetRequiredService<GraphQLRequestExecutor>().Schema;

    private static string SchemaFile() => typeof(SchemaSnapshotTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SchemaFile").Value!;

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

        return "The composed schema differs from bff-web/Bff.Web/schema.graphql:\n" + string.Join('\n', lines);
    }
}
