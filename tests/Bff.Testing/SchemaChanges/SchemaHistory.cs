using System.ComponentModel;
using System.Diagnostics;

namespace Bff.Testing;

/// <summary>
/// The published versions of a committed schema file, from git: every change of it on the first-parent line of HEAD
/// (what the branch, and main after a merge, published), newest first, plus the working tree's change over HEAD. Each
/// step is a version and the one before it, so a breaking change cannot slip in by regenerating the file
/// (<c>UPDATE_SNAPSHOTS=1</c>) and committing it. Without git, or beyond a shallow clone's boundary, there is less
/// history: <see cref="Limitation"/> says what could not be read.
/// </summary>
public sealed class SchemaHistory
{
    /// <summary>At most this many changes of the file are read: enough for any review, bounded for a long history.</summary>
    public const int MaxSteps = 200;

    private SchemaHistory(IReadOnlyList<SchemaStep> steps, int commits, string? limitation)
    {
        Steps = steps;
        Commits = commits;
        Limitation = limitation;
    }

    /// <summary>How many commits of the first-parent line changed the file, its first version included.</summary>
    public int Commits { get; }

    /// <summary>Each change of the file, newest first.</summary>
    public IReadOnlyList<SchemaStep> Steps { get; }

    /// <summary>Null when the whole history was read; otherwise why not (no git, no repository, shallow clone).</summary>
    public string? Limitation { get; }

    /// <summary>The history of <paramref name="path"/> (absolute, inside the repository at <paramref name="repository"/>).</summary>
    public static async Task<SchemaHistory> ReadAsync(string repository, string path)
    {
        var (ok, top) = await GitAsync(repository, "rev-parse", "--show-toplevel");
        if (!ok)
        {
            return new SchemaHistory([], 0, $"no git history at {repository} ({top.Trim()}): only the committed file is compared.");
        }

        // Every command from the top: a pathspec is relative to the working directory, a revision's path to the top.
        repository = top.Trim();
        var relative = Path.GetRelativePath(repository, Path.GetFullPath(path)).Replace('\\', '/');
        var steps = new List<SchemaStep>();
        string? limitation = null;
        var (hasHead, atHead) = await GitAsync(repository, "show", $"HEAD:{relative}");
        var working = File.Exists(path) ? File.ReadAllText(path) : "";
        if (hasHead && atHead.ReplaceLineEndings("\n") != working.ReplaceLineEndings("\n"))
        {
            steps.Add(new SchemaStep("HEAD → working tree", atHead, working));
        }

        var (_, log) = await GitAsync(repository, "log", "--first-parent", $"-n{MaxSteps}", "--format=%H %s", "--", relative);
        var commits = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in commits)
        {
            var commit = line[..40];
            var (existedBefore, before) = await GitAsync(repository, "show", $"{commit}^:{relative}");
            if (!existedBefore)
            {
                // The file's first version, or the parent is beyond a shallow clone's boundary.
                var (hasParent, _) = await GitAsync(repository, "rev-parse", "--verify", "--quiet", commit + "^");
                if (!hasParent && await IsShallowAsync(repository))
                {
                    limitation = $"a shallow clone: history before {commit[..12]} is not here, so older changes are not compared.";
                }

                continue;
            }

            var (_, after) = await GitAsync(repository, "show", $"{commit}:{relative}");
            steps.Add(new SchemaStep(line.Length > 60 ? line[..60] + "…" : line, before, after));
        }

        return new SchemaHistory(steps, commits.Length, limitation);
    }

    private static async Task<bool> IsShallowAsync(string repository) =>
        (await GitAsync(repository, "rev-parse", "--is-shallow-repository")).Output.Trim() == "true";

    private static async Task<(bool Ok, string Output)> GitAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? (true, await output) : (false, await error);
        }
        catch (Win32Exception)
        {
            return (false, "git is not installed");
        }
    }
}

/// <summary>One change of a schema file.</summary>
/// <param name="Label">Where it happened: a commit and its subject, or <c>HEAD → working tree</c>.</param>
/// <param name="Before">The file before.</param>
/// <param name="After">The file after.</param>
public sealed record SchemaStep(string Label, string Before, string After);
