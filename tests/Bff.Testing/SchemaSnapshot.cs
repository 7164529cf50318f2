using Xunit;

namespace Bff.Testing;

/// <summary>
/// A printed schema compared with its committed file, so every change of a contract shows in review. With
/// <c>UPDATE_SNAPSHOTS=1</c> the file is rewritten (the test still compares, and passes).
/// </summary>
public static class SchemaSnapshot
{
    /// <summary>Fails with the first differing lines when <paramref name="printed"/> is not the text of <paramref name="path"/>.</summary>
    public static void AssertMatches(string printed, string path)
    {
        printed = printed.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, printed);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed, Diff(committed, printed, path) + "\nRun with UPDATE_SNAPSHOTS=1 to accept the change.");
    }

    // The first lines that differ, with their line number: enough to see what changed in the contract.
    private static string Diff(string committed, string printed, string path)
    {
        var a = committed.Split('\n');
        var b = printed.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 20; i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                lines.Add($"line {i + 1}:\n  - {left}\n  + {right}");
            }
        }

        return $"The composed schema differs from {path}:\n" + string.Join('\n', lines);
    }
}
