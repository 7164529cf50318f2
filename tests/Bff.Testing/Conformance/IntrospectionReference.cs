using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bff.Testing;

/// <summary>
/// A server's introspection compared with graphql-js's: the full introspection query of graphql-js
/// (tests/js/introspection-query.mjs), what graphql-js introspects from <c>buildSchema</c> of an SDL
/// (tests/js/introspect-sdl.mjs) and the SDL graphql-js prints back from an introspection result
/// (tests/js/print-client-schema.mjs).
/// </summary>
public static class IntrospectionReference
{
    /// <summary>
    /// graphql-js's full introspection query, every optional part on; with <paramref name="typeDepth"/>, its TypeRef
    /// fragment follows <c>ofType</c> that many levels instead of nine, to fit a server's depth limit
    /// (tests/js/introspection.mjs).
    /// </summary>
    public static Task<string> QueryAsync(int? typeDepth = null) => NodeScript.RunAsync("introspection-query.mjs", TypeDepth(typeDepth));

    /// <summary>The <c>data</c> graphql-js's introspection of <c>buildSchema(sdl)</c> answers, with the same query as <see cref="QueryAsync"/>.</summary>
    public static async Task<JsonElement> OfSdlAsync(string sdl, int? typeDepth = null)
    {
        using var result = JsonDocument.Parse(await NodeScript.RunWithInputAsync("introspect-sdl.mjs", sdl, TypeDepth(typeDepth)));
        return result.RootElement.GetProperty("data").Clone();
    }

    private static string[] TypeDepth(int? typeDepth) =>
        typeDepth is { } depth ? ["--type-depth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture)] : [];

    /// <summary>The SDL graphql-js's <c>printSchema(buildClientSchema(data))</c> prints from an introspection result.</summary>
    public static Task<string> PrintAsync(JsonElement data) =>
        NodeScript.RunWithInputAsync("print-client-schema.mjs", data.GetRawText());

    /// <summary>
    /// graphql-js's introspection without what it has of the OneOf input objects RFC (the <c>@oneOf</c> directive and
    /// <c>__Type.isOneOf</c>), which came to the spec after the October 2021 edition the engine implements: the one
    /// known difference. Throws when graphql-js no longer has them, so that the exception is removed with the difference.
    /// </summary>
    public static JsonElement WithoutOneOf(JsonElement graphQLJsData)
    {
        var data = JsonNode.Parse(graphQLJsData.GetRawText())!.AsObject();
        var schema = data["__schema"]!.AsObject();
        var directives = schema["directives"]!.AsArray();
        var oneOf = directives.FirstOrDefault(d => (string?)d!["name"] == "oneOf");
        var fields = schema["types"]!.AsArray().Single(t => (string?)t!["name"] == "__Type")!["fields"]!.AsArray();
        var isOneOf = fields.FirstOrDefault(f => (string?)f!["name"] == "isOneOf");
        if (oneOf is null || isOneOf is null)
        {
            throw new InvalidOperationException("graphql-js no longer lists @oneOf and __Type.isOneOf: the known difference is gone.");
        }

        directives.Remove(oneOf);
        fields.Remove(isOneOf);
        return JsonSerializer.Deserialize<JsonElement>(data.ToJsonString());
    }

    /// <summary>
    /// Where the introspections differ: each type or directive that differs, with the first differing path inside it
    /// and both values there. The order of <c>__schema.types</c> and <c>__schema.directives</c> is left aside, as the
    /// spec leaves it open; every other order (fields, arguments, enum values) counts.
    /// </summary>
    public static IReadOnlyList<string> Compare(JsonElement expected, JsonElement actual)
    {
        var expectedSchema = JsonNode.Parse(expected.GetRawText())!["__schema"]!.AsObject();
        var actualSchema = JsonNode.Parse(actual.GetRawText())!["__schema"]!.AsObject();
        var differences = new List<string>();
        foreach (var list in new[] { "types", "directives" })
        {
            var left = ByName(expectedSchema, list);
            var right = ByName(actualSchema, list);
            foreach (var name in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
            {
                var a = left.GetValueOrDefault(name);
                var b = right.GetValueOrDefault(name);
                if (!JsonNode.DeepEquals(a, b))
                {
                    var (path, x, y) = FirstDifference(a, b, name);
                    differences.Add($"{list} {path}:\n  graphql-js {Shorten(x)}\n  ours       {Shorten(y)}");
                }
            }

            expectedSchema.Remove(list);
            actualSchema.Remove(list);
        }

        if (!JsonNode.DeepEquals(expectedSchema, actualSchema))
        {
            differences.Add($"__schema: graphql-js {Shorten(expectedSchema)} / ours {Shorten(actualSchema)}");
        }

        return differences;
    }

    private static Dictionary<string, JsonNode> ByName(JsonObject schema, string list) =>
        schema[list]!.AsArray().Select(node => node!).ToDictionary(node => (string)node["name"]!, node => node, StringComparer.Ordinal);

    // Descends while both sides have the same shape, naming list items by their "name" when they have one.
    private static (string Path, JsonNode? Expected, JsonNode? Actual) FirstDifference(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject left && b is JsonObject right && left.Select(p => p.Key).SequenceEqual(right.Select(p => p.Key)))
        {
            var key = left.Select(p => p.Key).First(k => !JsonNode.DeepEquals(left[k], right[k]));
            return FirstDifference(left[key], right[key], path + "." + key);
        }

        if (a is JsonArray first && b is JsonArray second && first.Count == second.Count)
        {
            var i = Enumerable.Range(0, first.Count).First(i => !JsonNode.DeepEquals(first[i], second[i]));
            var label = first[i] is JsonObject item && item["name"] is JsonValue name ? (string?)name : i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return FirstDifference(first[i], second[i], $"{path}[{label}]");
        }

        return (path, a, b);
    }

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "<absent>";
        return text.Length > 600 ? text[..600] + "…" : text;
    }
}
