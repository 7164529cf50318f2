using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bff.Web.Tests;

/// <summary>
/// The web contract breaks no client unannounced (docs/schema-changes.md): no breaking change (graphql-js's
/// <c>findBreakingChanges</c>) from the committed schema.graphql to the composed schema, nor between any two published
/// versions of the file in git, unless bff-web/Bff.Web/schema.breaking.json acknowledges it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SchemaBreakingChangeTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    [Fact]
    public async Task TheComposedSchemaBreaksNothingOfTheCommittedFileUnacknowledged()
    {
        using var bff = new WebBff(demo, redis);
        var composed = SchemaPrinter.Print(bff.Services.GetRequiredService<GraphQLRequestExecutor>().Schema);

        await SchemaContract.AssertNoUnacknowledgedBreakingChangeAsync(composed, WebSuiteHost.SchemaFile);
    }

    [Fact]
    public async Task NoVersionOfTheCommittedFileBrokeThePreviousOneUnacknowledged()
    {
        var history = await SchemaContract.AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(WebSuiteHost.SchemaFile);

        output.WriteLine($"{history.Commits} commits, {history.Steps.Count} changes of schema.graphql compared. {history.Limitation}");
        foreach (var step in history.Steps)
        {
            output.WriteLine(step.Label);
        }

        // With git, at least the commit that added the file is found; without, the limitation says so.
        Assert.True(history.Commits >= 1 || history.Limitation is not null, "git found no commit of the committed schema file");
    }
}
