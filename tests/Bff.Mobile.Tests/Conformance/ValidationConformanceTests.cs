using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Conformance;

/// <summary>
/// The mobile BFF's validation against graphql-js's on the committed schema.graphql: the app's own operations
/// (bff-mobile/Operations, read where they are committed), a few more valid ones (Corpus/page-*) and invalid ones
/// (Corpus/x-*: the old <c>recommendations</c> name, the removed images and stores, the users module not composed,
/// wrong argument and variable types, fragments on the wrong type…) get the same verdict and the same errors, message
/// and locations, from the running BFF as from graphql-js's <c>validate</c>.
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class ValidationConformanceTests(DemoBackendsProcess demo, RedisFixture redis)
{
    /// <summary>The variables each screen sends (the operations declare required ones).</summary>
    private static readonly Dictionary<string, object> ScreenVariables = new(StringComparer.Ordinal)
    {
        ["Home"] = new { imageWidth = 320, density = 2.0 },
        ["ProductDetail"] = new { id = "42", imageWidth = 320, summaryLength = 80 },
        ["Cart"] = new { imageWidth = 160 },
        ["OrderTracking"] = new { id = "o-1" },
        ["AddToCart"] = new { productId = "1", quantity = 1 },
        ["UpdateCartItem"] = new { productId = "1", quantity = 2 },
        ["RemoveFromCart"] = new { productId = "1" },
        ["PlaceOrder"] = new { lines = new[] { new { productId = "1", quantity = 1 } }, idempotencyKey = "conformance-1" },
        ["Search"] = new { query = "shirt", imageWidth = 160 },
        ["RecentlyViewed"] = new { ids = new[] { "41", "42" }, imageWidth = 160 },
    };

    private static object VariablesOf(string operation) => ScreenVariables.TryGetValue(operation, out var variables)
        ? variables
        : throw new InvalidOperationException($"bff-mobile/Operations/{operation}.graphql is new: add the variables it needs to ScreenVariables.");

    [Fact]
    public async Task EveryCorpusOperationGetsTheVerdictAndErrorsOfGraphQLJsOnTheCommittedSchema()
    {
        using var host = new MobileHost(demo, redis);
        IReadOnlyList<CorpusDocument> documents =
        [
            // The queries and mutations: a subscription POSTed as JSON is refused before its verdict is shown.
            .. CorpusDocument.Load(AppOperations.Directory("OperationsDirectory"))
                .Where(d => !AppOperationTypes.IsSubscription(d.Name))
                .Select(d => d with { Variables = JsonSerializer.SerializeToElement(VariablesOf(d.Name)) }),
            .. CorpusDocument.Load(Repository.PathOf("tests", "Bff.Mobile.Tests", "Conformance", "Corpus")),
        ];

        var result = await ValidationCorpus.RunAsync(host.Http, File.ReadAllText(MobileSuiteHost.SchemaFile), documents);

        Assert.True(result.Differences.Count == 0, string.Join('\n', result.Differences));
        Assert.True(result.Valid >= 5 && result.Invalid >= 14, $"valid {result.Valid}, invalid {result.Invalid} of {documents.Count}");
    }
}
