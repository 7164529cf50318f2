using System.Text.Json;
using System.Text.Json.Nodes;
using Bff.GraphQL.Execution.Incremental;

namespace Bff.GraphQL.Tests.Execution.Incremental;

/// <summary>
/// A sequence of incremental payloads in a form that holds what the RFC fixes and drops what it leaves free: how
/// parts are grouped into payloads, their order, the numbering of ids, how a stream's items are batched. Ids are
/// replaced by the label and path they were announced with; a stream's items are joined in order.
/// </summary>
internal static class IncrementalCanonicalForm
{
    public static string Of(IReadOnlyList<string> payloads, IncrementalFormat format)
    {
        var parsed = payloads.Select(p => JsonNode.Parse(p)!.AsObject()).ToList();
        var initial = parsed[0];
        var canonical = new JsonObject
        {
            ["data"] = initial["data"]?.DeepClone(),
            ["errors"] = Sorted(initial["errors"]),
            ["hasNext"] = initial["hasNext"]?.DeepClone(),
            ["moreFlagsConsistent"] = HasNextFlagsAreConsistent(parsed),
        };
        if (format == IncrementalFormat.Current)
        {
            AddCurrent(canonical, parsed);
        }
        else
        {
            AddLegacy(canonical, parsed);
        }

        return canonical.ToJsonString();
    }

    private static void AddCurrent(JsonObject canonical, List<JsonObject> parsed)
    {
        var places = new Dictionary<string, string>();
        var pending = new JsonArray();
        var data = new List<JsonNode>();
        var items = new Dictionary<string, JsonArray>();
        var itemErrors = new Dictionary<string, JsonArray>();
        var completed = new JsonArray();
        foreach (var payload in parsed)
        {
            foreach (var part in payload["pending"]?.AsArray() ?? [])
            {
                var place = $"{part!["label"]}@{part["path"]!.ToJsonString()}";
                places[part["id"]!.GetValue<string>()] = place;
                pending.Add(place);
            }

            foreach (var entry in payload["incremental"]?.AsArray() ?? [])
            {
                var place = places[entry!["id"]!.GetValue<string>()];
                if (entry["items"] is JsonArray streamed)
                {
                    var joined = items.TryGetValue(place, out var list) ? list : items[place] = [];
                    streamed.ToList().ForEach(i => joined.Add(i?.DeepClone()));
                    var errors = itemErrors.TryGetValue(place, out var e) ? e : itemErrors[place] = [];
                    (entry["errors"]?.AsArray() ?? []).ToList().ForEach(x => errors.Add(x?.DeepClone()));
                    continue;
                }

                data.Add(new JsonObject
                {
                    ["at"] = place + (entry["subPath"]?.ToJsonString() ?? ""),
                    ["data"] = entry["data"]?.DeepClone(),
                    ["errors"] = Sorted(entry["errors"]),
                });
            }

            foreach (var part in payload["completed"]?.AsArray() ?? [])
            {
                completed.Add(new JsonObject
                {
                    ["at"] = places[part!["id"]!.GetValue<string>()],
                    ["errors"] = Sorted(part["errors"]),
                });
            }
        }

        canonical["pending"] = Sorted(pending);
        canonical["incremental"] = Sorted(new JsonArray([.. data]));
        canonical["items"] = new JsonObject(items.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject { ["items"] = p.Value, ["errors"] = Sorted(itemErrors[p.Key]) })));
        canonical["completed"] = Sorted(completed);
    }

    private static void AddLegacy(JsonObject canonical, List<JsonObject> parsed)
    {
        var data = new List<JsonNode>();
        var items = new Dictionary<string, JsonObject>();
        foreach (var entry in parsed.Skip(1).SelectMany(p => p["incremental"]?.AsArray() ?? []))
        {
            var path = entry!["path"]!.AsArray();
            if (entry.AsObject().ContainsKey("items"))
            {
                var list = new JsonArray([.. path.Take(path.Count - 1).Select(n => n?.DeepClone())]);
                var place = $"{entry["label"]}@{list.ToJsonString()}";
                var joined = items.TryGetValue(place, out var found) ? found : items[place] = new JsonObject { ["items"] = new JsonArray(), ["errors"] = new JsonArray() };
                if (entry["items"] is JsonArray streamed)
                {
                    streamed.ToList().ForEach(i => joined["items"]!.AsArray().Add(i?.DeepClone()));
                }
                else
                {
                    joined["failed"] = true;
                }

                (entry["errors"]?.AsArray() ?? []).ToList().ForEach(x => joined["errors"]!.AsArray().Add(x?.DeepClone()));
                continue;
            }

            data.Add(new JsonObject
            {
                ["at"] = $"{entry["label"]}@{path.ToJsonString()}",
                ["data"] = entry["data"]?.DeepClone(),
                ["errors"] = Sorted(entry["errors"]),
            });
        }

        canonical["incremental"] = Sorted(new JsonArray([.. data]));
        canonical["items"] = new JsonObject(items.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject
            {
                ["items"] = p.Value["items"]!.DeepClone(),
                ["failed"] = p.Value["failed"]?.DeepClone(),
                ["errors"] = Sorted(p.Value["errors"]),
            })));
    }

    /// <summary>Every payload but the last says more follow; the last says none do.</summary>
    private static bool HasNextFlagsAreConsistent(List<JsonObject> parsed) =>
        parsed.Count == 1
            ? parsed[0]["hasNext"] is null || !parsed[0]["hasNext"]!.GetValue<bool>()
            : parsed.SkipLast(1).All(p => p["hasNext"]!.GetValue<bool>()) && !parsed[^1]["hasNext"]!.GetValue<bool>();

    private static JsonArray? Sorted(JsonNode? array) => array is JsonArray list
        ? new JsonArray([.. list.Select(n => n?.DeepClone()).OrderBy(n => n?.ToJsonString(), StringComparer.Ordinal)])
        : null;
}
