using System.Text.Json;
using System.Text.Json.Nodes;
using Bff.GraphQL.Language;
using Bff.GraphQL.Types;
using Bff.GraphQL.Validation;

namespace Bff.GraphQL.Tests.Validation.Rules;

/// <summary>
/// graphql-js 17's <c>@defer</c>/<c>@stream</c> rules (label unique and static, not on mutation or subscription root
/// fields, not unconditional in subscriptions, stream only on lists): each document gets the errors graphql-js 17
/// gives it, message and locations.
/// </summary>
public sealed class DeferStreamRulesConformanceTests
{
    private const string Sdl = """
        type Query { hero: Hero list: [String] scalar: String }
        type Hero { id: ID! name: String friends: [Hero] }
        type Mutation { rename(name: String): Hero }
        type Subscription { heroChanged: Hero }
        """;

    public static TheoryData<string> Documents => new()
    {
        """{ hero { ... @defer(label: "A") { name } ... @defer(label: "A") { id } } }""",
        """query($l: String) { hero { ... @defer(label: $l) { name } } }""",
        """{ list @stream(label: "S") hero { ... @defer(label: "S") { name } } }""",
        """{ scalar @stream hero { name @stream } }""",
        """{ hero { friends @stream(initialCount: 1) { name } } }""",
        """mutation { ... @defer { rename(name: "x") { id } } }""",
        """mutation { rename(name: "x") { ... @defer { name } } }""",
        """mutation { ...M @defer } fragment M on Mutation { rename { id } }""",
        """subscription { heroChanged { ... @defer { name } } }""",
        """subscription($on: Boolean!) { heroChanged { ... @defer(if: $on) { name } friends @stream(if: false) { id } } }""",
        """subscription { heroChanged { ...F } } fragment F on Hero { friends @stream { id } }""",
        """subscription { heroChanged { ... @defer @skip(if: true) { name } } }""",
        """{ hero { ... @defer(if: false, label: "ok") { name } } list @stream(label: null) }""",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ErrorsAreThoseOfGraphQLJs17(string document)
    {
        var input = new JsonObject { ["sdl"] = Sdl, ["document"] = document, ["rootValue"] = new JsonObject(), ["variables"] = new JsonObject { ["on"] = true }, ["format"] = "current" };
        var output = JsonNode.Parse(await NodeScript.RunWithInputAsync("defer.mjs", input.ToJsonString()))!.AsArray()[0]!;
        var expected = (output["errors"]?.AsArray() ?? [])
            .Select(e => Render(e!["message"]!.GetValue<string>(), e["locations"]?.AsArray()))
            .Order(StringComparer.Ordinal).ToList();

        var schema = SchemaBuilder.New().AddDocumentFromString(Sdl)
            .ModifyOptions(o => { o.StrictResolvers = false; o.EnableDefer = true; o.EnableStream = true; }).Create();
        var result = DocumentValidator.Validate(schema, Parser.Parse(document), ValidationOptions.SpecOnly);
        var actual = result.Errors.Select(Expect.Render).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(expected, actual);
    }

    private static string Render(string message, JsonArray? locations) =>
        locations is null || locations.Count == 0
            ? message
            : message + " @ " + string.Join(", ", locations.Select(l => $"{l!["line"]}:{l["column"]}"));
}
