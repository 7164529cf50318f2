using Bff.GraphQL.Server;
using Bff.GraphQL.Types;
using Bff.Mobile.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bff.Mobile.Tests;

/// <summary>
/// The app's contract breaks no installed app unannounced (docs/schema-changes.md): no breaking change (graphql-js's
/// <c>findBreakingChanges</c>) from the committed schema.graphql to the composed schema, nor between any two published
/// versions of the file in git, unless bff-mobile/Bff.Mobile/schema.breaking.json acknowledges it. The check itself
/// is tested in tests/Bff.Web.Tests/SchemaChanges.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class SchemaBreakingChangeTests(DemoBackendsProcess demo, RedisFixture redis, ITestOutputHelper output)
{
    [Fact]
    public async Task TheComposedSchemaBreaksNothingOfTheCommittedFileUnacknowledged()
    {
        using var host = new MobileHost(demo, redis);
        var composed = SchemaPrinter.Print(host.Services.GetRequiredService<GraphQLRequestExecutor>().Schema);

        await SchemaContract.AssertNoUnacknowledgedBreakingChangeAsync(composed, MobileSuiteHost.SchemaFile);
    }

    [Fact]
    public async Task NoVersionOfTheCommittedFileBrokeThePreviousOneUnacknowledged()
    {
        var history = await SchemaContract.AssertHistoryHasNoUnacknowledgedBreakingChangeAsync(MobileSuiteHost.SchemaFile);

        output.WriteLine($"{history.Commits} commits, {history.Steps.Count} changes of schema.graphql compared. {history.Limitation}");
        foreach (var step in history.Steps)
        {
            output.WriteLine(step.Label);
        }

        // With git, at least the commit that added the file is found; without, the limitation says so.
        Assert.True(history.Commits >= 1 || history.Limitation is not null, "git found no commit of the committed schema file");
    }
}
