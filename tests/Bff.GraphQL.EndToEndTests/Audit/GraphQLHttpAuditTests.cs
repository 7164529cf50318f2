using System.Text.Json;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Audit;

/// <summary>graphql-http's server audits (the GraphQL-over-HTTP conformance checks) against the real server.</summary>
public sealed class GraphQLHttpAuditTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    [Fact]
    public async Task EveryMustAndShouldAuditOfGraphQLHttpPasses()
    {
        var output = await NodeScript.RunAsync("audit.mjs", server.Endpoint.ToString());
        var results = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();

        Assert.True(results.Count >= 50, $"graphql-http ran only {results.Count} audits.");
        var failed = results
            .Where(r => r.GetProperty("name").GetString() is { } name && (name.StartsWith("MUST", StringComparison.Ordinal) || name.StartsWith("SHOULD", StringComparison.Ordinal)))
            .Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failed.Count == 0, "Failed audits:\n" + string.Join('\n', failed));
    }

    [Fact]
    public async Task TheOptionalAuditsForInvalidParametersPassToo()
    {
        var output = await NodeScript.RunAsync("audit.mjs", server.Endpoint.ToString());
        var notices = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(notices.Count == 0, "Audits not passed:\n" + string.Join('\n', notices));
    }
}
