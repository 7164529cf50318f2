using System.Text.Json;
using System.Text.Json.Nodes;
using Bff.GraphQL.Execution.Incremental;

namespace Bff.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// Each case of the incremental delivery RFC, run by our executor and by graphql-js 17 (tests/js/defer.mjs) on the
/// same schema, document and root value, in both formats: the payloads must agree, up to what the RFC leaves free.
/// </summary>
public sealed class IncrementalConformanceTests
{
    private const string Root = """
        {
          "hero": { "id": "1", "name": "Luke", "friends": [ { "id": "2", "name": "Han" }, { "id": "3", "name": null }, { "id": "4", "name": "Leia" } ] },
          "heroes": [ { "id": "1", "name": "Luke" }, { "id": "5", "name": "Vader" } ],
          "list": [ "a", "b", "c", "d" ],
          "nonNullList": [ "a", null, "c" ],
          "scalar": "s"
        }
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { "defer-inline-with-label", """{ hero { id ... @defer(label: "D") { name } } }""" },
        { "defer-spread-without-label", """{ scalar ...HeroName @defer } fragment HeroName on Query { hero { name } }""" },
        { "defer-at-root-and-in-object", """{ ... @defer(label: "Root") { scalar } hero { ... @defer(label: "Inner") { name } } }""" },
        { "nested-defers", """{ hero { id ... @defer(label: "Outer") { name friends { id ... @defer(label: "Inner") { name } } } } }""" },
        { "defer-if-false-inlines", """{ hero { id ... @defer(if: false, label: "No") { name } } }""" },
        { "defer-if-variable", """query($on: Boolean!, $off: Boolean!) { hero { id ... @defer(if: $on) { name } } ... @defer(if: $off) { scalar } }""" },
        { "error-in-deferred-part", """{ hero { id ... @defer(label: "E") { name errorField } } }""" },
        { "non-null-error-fails-the-part", """{ hero { id ... @defer(label: "N") { nonNullError } } scalar }""" },
        { "null-bubbling-confined-to-the-part", """{ hero { id ... @defer(label: "B") { friends { id nonNullName } } } }""" },
        { "defer-in-list-items", """{ heroes { id ... @defer(label: "Each") { name } } }""" },
        { "defer-of-fields-already-sent", """{ hero { id name ... @defer(label: "Same") { id name } } }""" },
        { "defer-sharing-some-fields", """{ hero { id ... @defer(label: "Some") { id name } } }""" },
        { "stream-initial-count-0", """{ list @stream(label: "S") }""" },
        { "stream-initial-count-2", """{ list @stream(initialCount: 2, label: "S") }""" },
        { "stream-beyond-the-list", """{ list @stream(initialCount: 9, label: "S") }""" },
        { "stream-if-false", """{ list @stream(if: false, initialCount: 1) }""" },
        { "stream-of-objects-with-defer", """{ heroes @stream(initialCount: 1, label: "H") { id ... @defer(label: "HD") { name } } }""" },
        { "stream-inside-defer", """{ ... @defer(label: "D") { list @stream(initialCount: 1, label: "S") } }""" },
        { "stream-non-null-item-error", """{ nonNullList @stream(initialCount: 1, label: "S") }""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CurrentFormatAgreesWithGraphQLJs17(string name, string document) =>
        await AssertAgreesAsync(name, document, IncrementalFormat.Current, "current");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task DeferSpec20220824FormatAgreesWithGraphQLJs17Legacy(string name, string document) =>
        await AssertAgreesAsync(name, document, IncrementalFormat.Legacy20220824, "legacy");

    private static async Task AssertAgreesAsync(string name, string document, IncrementalFormat format, string jsFormat)
    {
        var variables = new Dictionary<string, object?> { ["on"] = true, ["off"] = false };
        var input = new JsonObject
        {
            ["sdl"] = IncrementalTestSchema.Sdl,
            ["document"] = document,
            ["rootValue"] = JsonNode.Parse(Root),
            ["variables"] = new JsonObject { ["on"] = true, ["off"] = false },
            ["format"] = jsFormat,
        };
        var reference = JsonNode.Parse(await NodeScript.RunWithInputAsync("defer.mjs", input.ToJsonString()))!.AsArray()
            .Select(p => p!.ToJsonString()).ToList();

        using var root = JsonDocument.Parse(Root);
        var ours = await IncrementalTestSchema.RunAsync(
            IncrementalTestSchema.Create(), document, IncrementalTestSchema.FromJson(root.RootElement), format, variables);

        var expected = IncrementalCanonicalForm.Of(reference, format);
        var actual = IncrementalCanonicalForm.Of(ours, format);
        Assert.True(expected == actual, $"{name}:\ngraphql-js 17: {string.Join("\n", reference)}\nours:          {string.Join("\n", ours)}");
    }
}
