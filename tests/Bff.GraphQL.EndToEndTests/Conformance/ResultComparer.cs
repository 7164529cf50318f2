using System.Text.Json;

namespace Bff.GraphQL.EndToEndTests.Conformance;

/// <summary>
/// Compares our response with graphql-js's result: presence of data, data (JSON-equal, key order included, since
/// the spec orders response keys by the selection), and errors as a multiset of message and path. Locations are
/// compared too but reported apart, as the spec leaves some of them (which node of a merged field) to the server.
/// </summary>
internal static class ResultComparer
{
    public static (List<string> Differences, bool LocationsAgree) Compare(JsonElement expected, JsonElement actual)
    {
        var differences = new List<string>();
        var expectedHasData = expected.TryGetProperty("data", out var expectedData);
        var actualHasData = actual.TryGetProperty("data", out var actualData);
        if (expectedHasData != actualHasData)
        {
            differences.Add($"data present: graphql-js {expectedHasData}, ours {actualHasData}");
        }
        else if (expectedHasData && !JsonEqual(expectedData, actualData))
        {
            differences.Add($"data: graphql-js {Shorten(expectedData)} / ours {Shorten(actualData)}");
        }

        var expectedErrors = Errors(expected, withLocations: false);
        var actualErrors = Errors(actual, withLocations: false);
        foreach (var missing in expectedErrors.Except(actualErrors))
        {
            differences.Add("missing error: " + missing);
        }

        foreach (var extra in actualErrors.Except(expectedErrors))
        {
            differences.Add("extra error: " + extra);
        }

        var locationsAgree = Errors(expected, withLocations: true).SequenceEqual(Errors(actual, withLocations: true));
        return (differences, locationsAgree);
    }

    private static List<string> Errors(JsonElement result, bool withLocations)
    {
        if (!result.TryGetProperty("errors", out var errors))
        {
            return [];
        }

        return
        [
            .. errors.EnumerateArray()
                .Select(e => e.GetProperty("message").GetString()
                    + (e.TryGetProperty("path", out var path) ? " @ " + path.GetRawText() : "")
                    + (withLocations && e.TryGetProperty("locations", out var locations) ? " at " + locations.GetRawText() : ""))
                .Order(StringComparer.Ordinal),
        ];
    }

    private static bool JsonEqual(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.Object => a.EnumerateObject().Select(p => p.Name).SequenceEqual(b.EnumerateObject().Select(p => p.Name))
                && a.EnumerateObject().All(p => JsonEqual(p.Value, b.GetProperty(p.Name))),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength()
                && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => JsonEqual(pair.First, pair.Second)),
            JsonValueKind.Number => a.GetDecimal() == b.GetDecimal(),
            JsonValueKind.String => a.GetString() == b.GetString(),
            _ => true,
        };
    }

    private static string Shorten(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length > 400 ? text[..400] + "…" : text;
    }
}
