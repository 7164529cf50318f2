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
    /// <summary>graphql-js's full introspection query, every optional part on.</summary>
    public static Task<string> QueryAsync() => NodeScript.RunAsync("introspection-query.mjs");

    /// <summary>The <c>data</c> graphql-js's introspection of <c>buildSchema(sdl)</c> answers.</summary>
    public static async Task<JsonElement> OfSdlAsync(string sdl)
    {
        using var result = JsonDocument.Parse(await NodeScript.RunWithInputAsync("introspect-sdl.mjs", sdl));
        return result.RootElement.GetProperty("data").Clone();
    }

    /// <summary>The SDL graphql-js's <c>printSchema(buildClientSchema(data))</c> prints from an introspection result.</summary>
    public static Task<string> PrintAsync(JsonElement data) =>
        NodeScript.RunWithInputAsync("print-client-schema.mjs", data.GetRawText());

    /// <summary>
    /// The types and directives whose introspection differs, each with both sides; the order of <c>__schema.types</c>
    /// and <c>__schema.directives</c> is left aside, as the spec leaves it open. Directives named in
    /// <paramref name="ignoredDirectives"/> are left out of both sides.
    /// </summary>
    public static IReadOnlyList<string> Compare(JsonElement expected, JsonElement actual, params string[] ignoredDirectives)
    {
        var expectedSchema = JsonNode.Parse(expected.GetRawText())!["__schema"]!.AsObject();
        var actualSchema = JsonNode.Parse(actual.GetRawText())!["__schema"]!.AsObject();
        var differences = new List<string>();
        foreach (var list in new[] { "types", "directives" })
        {
            var left = ByName(expectedSchema, list, ignoredDirectives);
            var right = ByName(actualSchema, list, ignoredDirectives);
            foreach (var name in left.Keys.Union(right.Keys).Order(StringComparer.Ordinal))
            {
                var a = left.GetValueOrDefault(name);
                var b = right.GetValueOrDefault(name);
                if (!JsonNode.DeepEquals(a, b))
                {
                    differences.Add($"{list} {name}:\n  graphql-js {Shorten(a)}\n  ours       {Shorten(b)}");
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

    private static Dictionary<string, JsonNode> ByName(JsonObject schema, string list, string[] ignored) =>
        schema[list]!.AsArray()
            .Select(node => node!)
            .Where(node => !ignored.Contains((string?)node["name"]))
            .ToDictionary(node => (string)node["name"]!, node => node, StringComparer.Ordinal);

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "<absent>";
        return text.Length > 600 ? text[..600] + "…" : text;
    }
}
