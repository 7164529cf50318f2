using Bff.GraphQL.EndToEndTests.TestSupport;
using Xunit.Abstractions;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Conformance;

/// <summary>
/// Differential conformance with graphql-js: every document of Corpus/ runs through graphql-js (tests/js/conformance.mjs,
/// same SDL, same data, mirrored resolvers) and through our server over HTTP; the results must agree.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Differences we keep on purpose, each with its reason; a listed document that agrees fails the test too.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["q17-introspection-schema-roots"] =
            "graphql-js 16.11 lists @oneOf among its directives; it came to the spec after October 2021, which we implement.",
        ["v27-subscription-not-configured"] =
            "graphql-js 16 answers a subscription on a schema without subscriptions with data: null; we answer a request "
            + "error without data, as graphql-js 17 (KnownOperationTypesRule) does, so HTTP can say 400.",
        ["q47-introspection-type-order"] =
            "The spec leaves the order of __schema.types open; graphql-js slots each built-in scalar in where it is first "
            + "referenced, we list the schema's types in definition order: the same 29 types, in another order.",
    };

    // A server of its own: the corpus's mutations change its catalog, in the same order as graphql-js's copy.
    private readonly GraphQLTestServer server = new();

    [Fact]
    public async Task EveryCorpusDocumentGivesTheSameResultAsGraphQLJs()
    {
        var folder = Repository.PathOf("tests", "Bff.GraphQL.EndToEndTests", "Conformance", "Corpus");
        var documents = CorpusDocument.Load(folder);
        using var reference = System.Text.Json.JsonDocument.Parse(await NodeScript.RunAsync("conformance.mjs", folder));
        var expected = reference.RootElement.EnumerateArray().ToList();
        Assert.True(documents.Count >= 60, $"the corpus has only {documents.Count} documents");
        Assert.Equal(documents.Select(d => d.Name), expected.Select(e => e.GetProperty("name").GetString()));

        var unexpected = new List<string>();
        var agreeing = 0;
        var locationsAgreeing = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var response = await server.Client.PostGraphQLAsync(documents[i].Body(), Json);
            var (differences, locationsAgree) = ResultComparer.Compare(expected[i].GetProperty("result"), response.Json);
            locationsAgreeing += locationsAgree ? 1 : 0;
            var name = documents[i].Name;
            if (differences.Count == 0)
            {
                agreeing++;
                if (KnownDifferences.ContainsKey(name))
                {
                    unexpected.Add($"{name}: listed as a known difference but now agrees; remove it from the list.");
                }
            }
            else if (!KnownDifferences.ContainsKey(name))
            {
                unexpected.Add($"{name}:\n  " + string.Join("\n  ", differences));
            }

            if (!locationsAgree)
            {
                output.WriteLine($"{name}: error locations differ");
            }
        }

        output.WriteLine($"{agreeing} of {documents.Count} documents agree with graphql-js; error locations agree in {locationsAgreeing}.");
        Assert.True(unexpected.Count == 0, $"{agreeing} of {documents.Count} agree.\n" + string.Join("\n", unexpected));
    }

    public void Dispose() => server.Dispose();
}
