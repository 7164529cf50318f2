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
        SchemaSnapshot.AssertMatches(
            SchemaPrinter.Print(host.Services.GetRequiredService<GraphQLRequestExecutor>().Schema),
            Path.Combine(AppOperations.Directory("MobileProjectDirectory"), "schema.graphql"));
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
}
