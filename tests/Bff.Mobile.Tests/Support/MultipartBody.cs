using System.Text.Json;

namespace Bff.Mobile.Tests.Support;

/// <summary>
/// The JSON parts of a whole <c>multipart/mixed</c> GraphQL body (boundary <c>-</c>), in the order the server wrote
/// them. JSON text never holds a raw line break, so the delimiter cannot occur inside a part.
/// </summary>
internal static class MultipartBody
{
    private const string Delimiter = "\r\n---";

    public static IReadOnlyList<JsonElement> Parts(string body) =>
    [
        .. body.Split(Delimiter)
            .Where(segment => segment.Length > 0 && !segment.StartsWith("--", StringComparison.Ordinal))
            .Select(segment => JsonDocument.Parse(segment[(segment.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).RootElement.Clone()),
    ];

    /// <summary>The labels of a <c>deferSpec=20220824</c> subsequent part's <c>incremental</c> entries.</summary>
    public static IEnumerable<string?> Labels(JsonElement part) =>
        part.TryGetProperty("incremental", out var incremental)
            ? incremental.EnumerateArray().Select(i => i.TryGetProperty("label", out var label) ? label.GetString() : null)
            : [];
}
