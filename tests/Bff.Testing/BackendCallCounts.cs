namespace Bff.Testing;

/// <summary>The calls of a <see cref="BackendCallLog"/> as one comparable line per request, for tables of expected counts.</summary>
public static class BackendCallCounts
{
    /// <summary>
    /// How many calls each service got, by service name: <c>catalog:2, pricing:1</c>; empty when none. One string, so
    /// a table row compares in one assertion and a failure prints both lines.
    /// </summary>
    public static string PerService(this BackendCallLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return string.Join(", ", log.Calls
            .GroupBy(c => c[..c.IndexOf(' ', StringComparison.Ordinal)], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}"));
    }

    /// <summary>The services named in a <see cref="PerService"/> line.</summary>
    public static string[] Services(string perService) =>
        perService.Length == 0 ? [] : [.. perService.Split(", ").Select(s => s[..s.IndexOf(':', StringComparison.Ordinal)])];
}
