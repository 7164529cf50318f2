using System.Text.Json;

namespace Bff.GraphQL.Types;

/// <summary>
/// Turns variable values as they arrive (a <see cref="JsonElement"/> from System.Text.Json, or CLR values built in
/// code) into plain CLR values: null, bool, string, long (JSON integers that fit), double, decimal, lists and
/// <c>Dictionary&lt;string, object?&gt;</c>. Scalars and input coercion accept either form.
/// </summary>
public static class JsonInput
{
    /// <summary>Normalizes one value; non-JSON values pass through unchanged.</summary>
    public static object? Normalize(object? value) => value is JsonElement element ? FromElement(element) : value;

    private static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l)
            ? (object)l
            : double.Parse(element.GetRawText(), System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        _ => element.EnumerateObject().Aggregate(
            new Dictionary<string, object?>(StringComparer.Ordinal),
            (map, property) =>
            {
                map[property.Name] = FromElement(property.Value);
                return map;
            }),
    };
}
