using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// graphql-js's <c>validate</c> (tests/js/validate.mjs) on documents against an SDL, and the comparison of its verdict
/// with what a server answered to the same document over HTTP.
/// </summary>
public static class ValidationReference
{
    /// <summary>graphql-js's verdict for each of <paramref name="documents"/>, in their order.</summary>
    public static async Task<IReadOnlyList<ValidationVerdict>> ValidateAsync(string sdl, IReadOnlyList<string> documents)
    {
        var stdin = JsonSerializer.Serialize(new { sdl, documents });
        using var output = JsonDocument.Parse(await NodeScript.RunWithInputAsync("validate.mjs", stdin));
        return [.. output.RootElement.EnumerateArray().Select(ValidationVerdict.FromGraphQLJs)];
    }

    /// <summary>
    /// How a server's <paramref name="response"/> departs from graphql-js's <paramref name="expected"/> verdict: a
    /// valid document must reach execution (a <c>data</c> entry, no error without a path); an invalid one must be
    /// refused without <c>data</c> with the same errors, message and locations (order aside: some rules report when
    /// leaving an operation). Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> Compare(ValidationVerdict expected, JsonElement response)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var hasData = response.TryGetProperty("data", out _);
        var requestErrors = response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Where(e => !e.TryGetProperty("path", out _)).ToList()
            : [];
        if (expected.Valid)
        {
            return hasData && requestErrors.Count == 0
                ? []
                : [$"graphql-js: valid; ours: {(hasData ? "" : "no data, ")}{string.Join(" | ", requestErrors.Select(Render))}"];
        }

        var differences = new List<string>();
        if (hasData)
        {
            differences.Add("graphql-js: invalid; ours: executed (data present)");
        }

        if (expected.SyntaxError is { } syntax)
        {
            // validate.mjs reports a syntax error without its location; the message must be the same.
            var messages = requestErrors.Select(e => e.GetProperty("message").GetString()).ToList();
            if (messages is not [var single] || single != syntax)
            {
                differences.Add($"graphql-js: {syntax}; ours: {string.Join(" | ", messages)}");
            }

            return differences;
        }

        var actual = requestErrors.Select(Render).Order(StringComparer.Ordinal).ToList();
        if (!expected.Errors.SequenceEqual(actual))
        {
            differences.Add($"graphql-js: {string.Join(" | ", expected.Errors)}\n    ours:       {string.Join(" | ", actual)}");
        }

        return differences;
    }

    /// <summary>An error as <c>message @ line:column, line:column</c>, the form both sides are compared in.</summary>
    public static string Render(string message, IEnumerable<(int Line, int Column)> locations)
    {
        var at = string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));
        return at.Length == 0 ? message : message + " @ " + at;
    }

    private static string Render(JsonElement error) => Render(
        error.GetProperty("message").GetString()!,
        error.TryGetProperty("locations", out var locations)
            ? locations.EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))
            : []);
}

/// <summary>What graphql-js said about one document.</summary>
/// <param name="Valid">Whether it parses and passes every validation rule.</param>
/// <param name="SyntaxError">The parser's message when it does not parse.</param>
/// <param name="Errors">The validation errors, rendered by <see cref="ValidationReference.Render(string, IEnumerable{ValueTuple{int, int}})"/>, in ordinal order.</param>
public sealed record ValidationVerdict(bool Valid, string? SyntaxError, IReadOnlyList<string> Errors)
{
    internal static ValidationVerdict FromGraphQLJs(JsonElement result) => new(
        result.GetProperty("valid").GetBoolean(),
        result.TryGetProperty("syntaxError", out var syntax) ? syntax.GetString() : null,
        [
            .. result.GetProperty("messages").EnumerateArray()
                .Zip(result.GetProperty("locations").EnumerateArray(), (m, l) => ValidationReference.Render(
                    m.GetString()!,
                    l.EnumerateArray().Select(p => (p.GetProperty("line").GetInt32(), p.GetProperty("column").GetInt32()))))
                .Order(StringComparer.Ordinal),
        ]);
}
