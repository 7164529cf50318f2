using System.Globalization;
using StackExchange.Redis;

namespace Bff.Caching.Tests.Support;

/// <summary>Counts of commands a Redis server executed (<c>INFO commandstats</c>), to compare before and after.</summary>
public static class CommandStats
{
    public static async Task<Dictionary<string, long>> ReadAsync(IDatabase raw)
    {
        var info = (string)(await raw.ExecuteAsync("INFO", "commandstats"))!;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in info.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // cmdstat_hget:calls=20,usec=...
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                var name = line[8..line.IndexOf(':', StringComparison.Ordinal)];
                var calls = line.Split(',')[0].Split('=')[1];
                counts[name] = long.Parse(calls, CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    /// <summary>Commands run between two readings, by name, without the INFO calls themselves.</summary>
    public static Dictionary<string, long> Delta(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(a => a.Key != "info")
            .Select(a => (a.Key, Calls: a.Value - before.GetValueOrDefault(a.Key)))
            .Where(d => d.Calls > 0)
            .ToDictionary(d => d.Key, d => d.Calls, StringComparer.Ordinal);
}
