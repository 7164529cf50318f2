using System.Text.Json.Nodes;

namespace Bff.GraphQL.Comparison;

/// <summary>
/// Runs both engines once, uncached and cached, and fails the benchmark unless every response is the expected one
/// (<c>product-list.response.json</c>, graphql-js's): a comparison of engines that answer differently means nothing.
/// </summary>
internal static class ResponseCheck
{
    public static void Run(OurEngine ours, GraphQLNetEngine theirs, string productList)
    {
        var expected = JsonNode.Parse(CatalogFiles.ExpectedResponse);
        ours.RunAsync(productList).GetAwaiter().GetResult();
        var ourJson = JsonNode.Parse(ours.Written);
        theirs.RunAsync(productList).GetAwaiter().GetResult();
        var theirJson = JsonNode.Parse(theirs.Written);
        Require(JsonNode.DeepEquals(ourJson, theirJson), "our response and GraphQL.NET's differ", ourJson, theirJson);
        Require(JsonNode.DeepEquals(ourJson, expected), "our response differs from product-list.response.json", ourJson, expected);
        Require(JsonNode.DeepEquals(theirJson, expected), "GraphQL.NET's response differs from product-list.response.json", theirJson, expected);

        ours.RunCachedAsync().GetAwaiter().GetResult();
        var ourCached = JsonNode.Parse(ours.Written);
        theirs.RunCachedAsync().GetAwaiter().GetResult();
        var theirCached = JsonNode.Parse(theirs.Written);
        Require(JsonNode.DeepEquals(ourCached, expected), "our cached-document response differs", ourCached, expected);
        Require(JsonNode.DeepEquals(theirCached, expected), "GraphQL.NET's cached-document response differs", theirCached, expected);
    }

    private static void Require(bool same, string what, JsonNode? actual, JsonNode? other)
    {
        if (!same)
        {
            throw new InvalidOperationException(
                $"The responses must be identical for the comparison to mean anything, but {what}:\n{actual?.ToJsonString()}\nvs\n{other?.ToJsonString()}");
        }
    }
}
