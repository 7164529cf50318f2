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
        SchemaSnapshot.AssertMatches(SchemaPrinter.Print(SchemaOf(bff)), SchemaFile());
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
}
