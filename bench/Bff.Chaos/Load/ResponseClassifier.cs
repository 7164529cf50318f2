using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Bff.Chaos.Load;

/// <summary>
/// Sorts an answer into ok, degraded or failed. Degraded is only what a backend outage may cause: a 200 with data
/// whose every error carries one of the backend codes and names the backend, with its field null (the field is
/// flagged, not silently empty), or stale values listed in <c>extensions.stale</c>.
/// </summary>
public static class ResponseClassifier
{
    /// <summary>The codes of a backend's outage (Bff.Domains' DomainErrorCodes).</summary>
    public static readonly IReadOnlySet<string> BackendCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "BACKEND_UNAVAILABLE", "BACKEND_TIMEOUT", "CIRCUIT_OPEN",
    };

    /// <summary>The outcome of a 200 or other <paramref name="status"/> with <paramref name="body"/>, its errors and stale flag.</summary>
    public static (Outcome Outcome, IReadOnlyList<string> Errors, bool Stale, string? Detail) Classify(HttpStatusCode status, string body)
    {
        if (status != HttpStatusCode.OK)
        {
            return Failed($"HTTP {((int)status).ToString(CultureInfo.InvariantCulture)}: {Cut(body)}");
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException)
        {
            return Failed("a 200 whose body is not JSON: " + Cut(body));
        }

        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Failed("no data: " + Cut(body));
        }

        var stale = json.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("stale", out var values)
            && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0;
        if (!json.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
        {
            return (stale ? Outcome.Degraded : Outcome.Ok, [], stale, null);
        }

        var named = new List<string>();
        foreach (var error in errors.EnumerateArray())
        {
            var code = Extension(error, "code");
            var backend = Extension(error, "backend");
            if (code is null || !BackendCodes.Contains(code) || backend is null)
            {
                return Failed($"error {code ?? "without a code"}: {Cut(error.GetRawText())}");
            }

            if (!error.TryGetProperty("path", out var path) || !IsNullAlong(data, path))
            {
                return Failed($"{code}@{backend} without a null field at its path: {Cut(error.GetRawText())}");
            }

            named.Add($"{code}@{backend}");
        }

        return (Outcome.Degraded, named, stale, null);
    }

    private static (Outcome, IReadOnlyList<string>, bool, string?) Failed(string detail) => (Outcome.Failed, [], false, detail);

    private static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The value at the error's path is null, or an ancestor is (a non-null field's null moves up to its parent).
    private static bool IsNullAlong(JsonElement data, JsonElement path)
    {
        var current = data;
        foreach (var segment in path.EnumerateArray())
        {
            if (current.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            var found = segment.ValueKind == JsonValueKind.Number
                ? current.ValueKind == JsonValueKind.Array && segment.GetInt32() < current.GetArrayLength() && Assign(current[segment.GetInt32()], out current)
                : current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment.GetString()!, out current);
            if (!found)
            {
                return false;
            }
        }

        return current.ValueKind == JsonValueKind.Null;
    }

    private static bool Assign(JsonElement value, out JsonElement target)
    {
        target = value;
        return true;
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
