using System.Text.Json;
using Xunit;

namespace Bff.Testing;

/// <summary>
/// Compares a response served with one backend down against the same query served healthy: only what that backend
/// feeds may be missing, and everything else must be exactly as it was.
/// </summary>
public static class DegradedResponse
{
    /// <summary>The codes a failed backend's fields carry: a failure, or the breaker it opened.</summary>
    public static readonly string[] OutageCodes = ["BACKEND_UNAVAILABLE", "CIRCUIT_OPEN"];

    /// <summary>
    /// Asserts that <paramref name="degraded"/> has <c>data</c>; that its errors all name <paramref name="backend"/>
    /// with an outage code (at least one when <paramref name="feedsTheQuery"/>, none otherwise); that each error's path
    /// is null in the data; and that every value of <paramref name="healthy"/> is served unchanged except the nulls at or
    /// above an error's path (a non-null field's null moves up to its parent, as GraphQL says).
    /// </summary>
    /// <returns>How many leaf values were served as in the healthy response.</returns>
    public static int AssertOnlyItsFieldsFailed(JsonElement healthy, JsonElement degraded, string backend, bool feedsTheQuery)
    {
        Assert.Equal(JsonValueKind.Object, degraded.GetProperty("data").ValueKind);
        var errors = degraded.Errors();
        Assert.All(errors, e =>
        {
            Assert.True(OutageCodes.Contains(e.Code()) && e.Backend() == backend, $"Not an outage of {backend}: {e}");
            Assert.False(e.GetProperty("message").GetString()!.Contains("http", StringComparison.OrdinalIgnoreCase), e.ToString());
        });
        Assert.True(feedsTheQuery ? errors.Length > 0 : errors.Length == 0, degraded.ToString());
        var errorPaths = errors.Select(e => e.GetProperty("path").EnumerateArray().Select(p => p.ToString()).ToArray()).ToList();
        foreach (var path in errorPaths)
        {
            Assert.True(IsNullAlong(degraded.Data(), path), $"The error at {string.Join('.', path)} has a value: {degraded}");
        }

        var served = 0;
        Compare(healthy.NoErrors().Data(), degraded.Data(), [], errorPaths, ref served);
        return served;
    }

    private static void Compare(JsonElement healthy, JsonElement degraded, List<string> path, List<string[]> errorPaths, ref int served)
    {
        if (degraded.ValueKind == JsonValueKind.Null && healthy.ValueKind != JsonValueKind.Null)
        {
            // Missing only where an error is, at this field or below it (bubbled up through non-null fields).
            Assert.True(
                errorPaths.Any(e => e.Length >= path.Count && e.Take(path.Count).SequenceEqual(path)),
                $"{string.Join('.', path)} is null without an error of its own or below it");
            return;
        }

        Assert.Equal(healthy.ValueKind, degraded.ValueKind);
        switch (healthy.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in healthy.EnumerateObject())
                {
                    path.Add(property.Name);
                    Compare(property.Value, degraded.GetProperty(property.Name), path, errorPaths, ref served);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(healthy.GetArrayLength(), degraded.GetArrayLength());
                for (var i = 0; i < healthy.GetArrayLength(); i++)
                {
                    path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Compare(healthy[i], degraded[i], path, errorPaths, ref served);
                    path.RemoveAt(path.Count - 1);
                }

                break;
            default:
                Assert.True(healthy.GetRawText() == degraded.GetRawText(), $"{string.Join('.', path)}: {healthy.GetRawText()} became {degraded.GetRawText()}");
                served++;
                break;
        }
    }

    // The value at the path is null, or an ancestor of it is (the null moved up).
    private static bool IsNullAlong(JsonElement data, string[] path)
    {
        var current = data;
        foreach (var segment in path)
        {
            if (current.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            current = current.ValueKind == JsonValueKind.Array
                ? current[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]
                : current.GetProperty(segment);
        }

        return current.ValueKind == JsonValueKind.Null;
    }
}
