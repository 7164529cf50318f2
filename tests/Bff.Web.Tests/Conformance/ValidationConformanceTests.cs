using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Conformance;

/// <summary>
/// The web BFF's validation against graphql-js's on the committed schema.graphql: the SPA's pages (Corpus/page-*)
/// and invalid operations (Corpus/x-*: unknown and removed fields, the old <c>searchProducts</c> name, wrong argument
/// and variable types, fragments on the wrong type…) get the same verdict and the same errors, message and locations,
/// from the running BFF as from graphql-js's <c>validate</c>.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ValidationConformanceTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task EveryCorpusOperationGetsTheVerdictAndErrorsOfGraphQLJsOnTheCommittedSchema()
    {
        using var bff = WebSuiteHost.Start(demo, redis);
        var documents = CorpusDocument.Load(Repository.PathOf("tests", "Bff.Web.Tests", "Conformance", "Corpus"));

        var result = await ValidationCorpus.RunAsync(bff.Http, File.ReadAllText(WebSuiteHost.SchemaFile), documents);

        Assert.True(result.Differences.Count == 0, string.Join('\n', result.Differences));
        // A corpus that graphql-js finds all valid (or all invalid) would compare little: both kinds are there.
        Assert.True(result.Valid >= 5 && result.Invalid >= 15, $"valid {result.Valid}, invalid {result.Invalid} of {documents.Count}");
    }
}
