using System.Text.Json;

namespace Bff.Testing;

/// <summary>Reading a response's <c>extensions.stale</c>: the fields served from a stale cache entry, with their age.</summary>
public static class StaleValuesJson
{
    /// <summary>Each stale field as its path (<c>products.0.price</c>) and age in whole seconds; none when not present.</summary>
    public static (string Path, long AgeSeconds)[] StaleValues(this JsonElement response) =>
        response.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("stale", out var stale)
            ? [.. stale.EnumerateArray().Select(s => (
                string.Join('.', s.GetProperty("path").EnumerateArray().Select(p => p.ToString())),
                s.GetProperty("ageSeconds").GetInt64()))]
            : [];

    /// <summary>The paths of the stale fields, sorted, comma separated.</summary>
    public static string StalePaths(this JsonElement response) =>
        string.Join(',', response.StaleValues().Select(s => s.Path).Order(StringComparer.Ordinal));
}
