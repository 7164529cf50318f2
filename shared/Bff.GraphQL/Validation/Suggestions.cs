namespace Bff.GraphQL.Validation;

/// <summary>
/// graphql-js's "Did you mean" hints: candidates within an edit distance of about 40% of the input's length,
/// closest first, and the sentence that lists at most five of them.
/// </summary>
internal static class Suggestions
{
    private const int MaxShown = 5;

    /// <summary>The candidates close to <paramref name="input"/>, closest first, ties in natural order.</summary>
    public static List<string> List(string input, IEnumerable<string> candidates)
    {
        var threshold = (input.Length * 2 / 5) + 1;
        var lowerInput = input.ToLowerInvariant();
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var distance = input == candidate ? 0 : Distance(lowerInput, candidate.ToLowerInvariant(), threshold);
            if (distance is { } d)
            {
                distances.TryAdd(candidate, d);
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) => distances[a] != distances[b]
            ? distances[a].CompareTo(distances[b])
            : NaturalComparer.Instance.Compare(a, b));
        return result;
    }

    /// <summary>" Did you mean "a", "b", or "c"?" or an empty string when there is nothing to suggest.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var prefix = subMessage is null ? " Did you mean " : $" Did you mean {subMessage} ";
        var quoted = suggestions.Take(MaxShown).Select(s => $"\"{s}\"").ToList();
        return quoted.Count switch
        {
            1 => prefix + quoted[0] + "?",
            2 => prefix + quoted[0] + " or " + quoted[1] + "?",
            _ => prefix + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    // Optimal string alignment distance (Levenshtein plus adjacent transpositions), case changes counting once.
    private static int? Distance(string input, string candidate, int threshold)
    {
        if (input == candidate)
        {
            return 1;
        }

        var (a, b) = candidate.Length >= input.Length ? (candidate, input) : (input, candidate);
        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
