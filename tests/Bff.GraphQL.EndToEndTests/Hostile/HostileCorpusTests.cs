using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;

namespace Bff.GraphQL.EndToEndTests.Hostile;

/// <summary>
/// The whole hostile corpus (tests/Bff.Testing/Hostile, the one each BFF runs against itself) against the test server
/// under its default limits: every request a GraphQL error or a 4xx, never a 5xx or a stack trace, and the server
/// answers a normal query afterwards.
/// </summary>
public sealed class HostileCorpusTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    [Fact]
    public async Task EveryHostileRequestIsRefusedWithAGraphQLErrorOrA4xxButTheLegalFanOut()
    {
        var answers = await HostileSuite.AssertAnsweredCleanlyAsync(server.Client, HostileCorpus.Requests, server.Client.AssertHealthyAsync);

        var answeredWithData = answers.Where(a => a.Status == HttpStatusCode.OK && !a.Body.Contains("\"errors\"", StringComparison.Ordinal));
        Assert.Equal(["fragment fan-out of 2^40"], answeredWithData.Select(a => a.Name));
    }
}
