using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Audit;

/// <summary>graphql-http's server audits (the GraphQL-over-HTTP conformance checks) against the real server.</summary>
public sealed class GraphQLHttpAuditTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    [Fact]
    public async Task EveryMustAndShouldAuditOfGraphQLHttpPasses()
    {
        var results = await GraphQLHttpAudit.RunAsync(server.Endpoint);

        Assert.True(results.Count >= 50, $"graphql-http ran only {results.Count} audits.");
        var failed = results.Where(r => r.Level is "MUST" or "SHOULD" && !r.Passed).ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join('\n', failed));
    }

    [Fact]
    public async Task TheOptionalAuditsForInvalidParametersPassToo()
    {
        var notices = (await GraphQLHttpAudit.RunAsync(server.Endpoint)).Where(r => !r.Passed).ToList();
        Assert.True(notices.Count == 0, "Audits not passed:\n" + string.Join('\n', notices));
    }
}
