using System.Diagnostics;

namespace Bff.Web.Tests.SchemaChanges;

/// <summary>
/// A real git repository in a temporary folder, for testing the history check on commits made for the test; deleted
/// on dispose. Commits carry their own author, so the machine's git configuration does not matter.
/// </summary>
public sealed class TemporaryGitRepository : IDisposable
{
    public TemporaryGitRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "schema-history-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Git("init", "-q", "-b", "main");
    }

    private TemporaryGitRepository(string root) => Root = root;

    public string Root { get; }

    /// <summary>The schema file every test writes and commits.</summary>
    public string SchemaFile => Path.Combine(Root, "api", "schema.graphql");

    /// <summary>Writes <paramref name="text"/> to the schema file without committing it.</summary>
    public void Write(string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SchemaFile)!);
        File.WriteAllText(SchemaFile, text);
    }

    /// <summary>Writes and commits <paramref name="text"/> as the schema file.</summary>
    public void Commit(string text, string message)
    {
        Write(text);
        Git("add", "-A");
        Git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
    }

    /// <summary>A clone of this repository with only its last commit (<c>git clone --depth 1</c>).</summary>
    public TemporaryGitRepository ShallowClone()
    {
        var clone = Root + "-shallow";
        Git("clone", "-q", "--depth", "1", "file://" + Root, clone);
        return new TemporaryGitRepository(clone);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error.Result}");
        }
    }
}
