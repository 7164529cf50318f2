using System.Text.Json;
using Bff.Mobile.Tests.Support;

namespace Bff.Mobile.Tests.Conformance;

/// <summary>
/// The mobile BFF's introspection against graphql-js: what the running BFF answers to graphql-js's full
/// introspection query is what graphql-js introspects from <c>buildSchema</c> of the committed schema.graphql, and
/// graphql-js prints the committed file back from it (the <c>@cacheControl</c> directive and its enum included).
/// The query is graphql-js's with its TypeRef fragment four <c>ofType</c> levels deep instead of nine: the mobile
/// BFF's depth limit (10) refuses graphql-js's 15-deep query with MAX_DEPTH_EXCEEDED, and four levels describe every
/// type up to <c>[T!]!</c>, all the mobile schema has (graphql-js's <c>buildClientSchema</c> would fail on a deeper one).
/// </summary>
[Collection(MobileCollection.Name)]
public sealed class IntrospectionConformanceTests(DemoBackendsProcess demo, RedisFixture redis)
{
    private const int TypeDepth = 4;

    [Fact]
    public async Task TheIntrospectionIsWhatGraphQLJsIntrospectsFromTheCommittedSchema()
    {
        using var host = new MobileHost(demo, redis);
        var ours = await IntrospectAsync(host);
        var reference = await IntrospectionReference.OfSdlAsync(File.ReadAllText(MobileSuiteHost.SchemaFile), TypeDepth);

        // The one known difference, the engine's (tests/Bff.GraphQL.EndToEndTests/Conformance): graphql-js 16.11 has
        // @oneOf and __Type.isOneOf, which came to the spec after the October 2021 edition we implement.
        var differences = IntrospectionReference.Compare(IntrospectionReference.WithoutOneOf(reference), ours);

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public async Task GraphQLJsPrintsTheCommittedSchemaBackFromTheIntrospection()
    {
        using var host = new MobileHost(demo, redis);

        var printed = await IntrospectionReference.PrintAsync(await IntrospectAsync(host));

        Assert.Equal(File.ReadAllText(MobileSuiteHost.SchemaFile).ReplaceLineEndings("\n").TrimEnd(), printed.TrimEnd());
    }

    [Fact]
    public async Task GraphQLJsFullIntrospectionQueryIsRefusedByTheDepthLimitWithAClearError()
    {
        using var host = new MobileHost(demo, redis);

        var response = await host.PostAsync(await IntrospectionReference.QueryAsync());

        Assert.False(response.TryGetProperty("data", out _));
        Assert.Equal("MAX_DEPTH_EXCEEDED", Assert.Single(response.Errors()).Code());
    }

    private static async Task<JsonElement> IntrospectAsync(MobileHost host) =>
        (await host.PostAsync(await IntrospectionReference.QueryAsync(TypeDepth))).NoErrors().Data();
}
