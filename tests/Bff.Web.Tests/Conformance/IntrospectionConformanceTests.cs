using System.Net.Http.Json;
using System.Text.Json;
using Bff.Web.Tests.Support;

namespace Bff.Web.Tests.Conformance;

/// <summary>
/// The web BFF's introspection against graphql-js: what the running BFF answers to graphql-js's full introspection
/// query is what graphql-js introspects from <c>buildSchema</c> of the committed schema.graphql, and graphql-js
/// prints the committed file back from it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class IntrospectionConformanceTests(DemoBackendsProcess demo, RedisFixture redis)
{
    [Fact]
    public async Task TheIntrospectionIsWhatGraphQLJsIntrospectsFromTheCommittedSchema()
    {
        using var bff = WebSuiteHost.Start(demo, redis);
        var ours = await IntrospectAsync(bff);
        var reference = await IntrospectionReference.OfSdlAsync(File.ReadAllText(WebSuiteHost.SchemaFile));

        // The one known difference, the engine's (tests/Bff.GraphQL.EndToEndTests/Conformance): graphql-js 16.11 has
        // @oneOf and __Type.isOneOf, which came to the spec after the October 2021 edition we implement.
        var differences = IntrospectionReference.Compare(IntrospectionReference.WithoutOneOf(reference), ours);

        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.DoesNotContain("oneOf", DirectiveNames(ours));
    }

    [Fact]
    public async Task GraphQLJsPrintsTheCommittedSchemaBackFromTheIntrospection()
    {
        using var bff = WebSuiteHost.Start(demo, redis);

        var printed = await IntrospectionReference.PrintAsync(await IntrospectAsync(bff));

        Assert.Equal(File.ReadAllText(WebSuiteHost.SchemaFile).ReplaceLineEndings("\n").TrimEnd(), printed.TrimEnd());
    }

    private static async Task<JsonElement> IntrospectAsync(WebBff bff)
    {
        using var response = await bff.Http.PostAsJsonAsync("/graphql", new { query = await IntrospectionReference.QueryAsync() });
        var json = (await GraphQLPost.ReadAsync(response)).NoErrors();
        return json.Data();
    }

    private static IEnumerable<string?> DirectiveNames(JsonElement data) =>
        data.GetProperty("__schema").GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString());
}
