using System.Diagnostics;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>Runs a script of tests/js (where graphql-js and graphql-http are installed) and returns its stdout.</summary>
internal static class NodeScript
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var directory = Path.Combine(RepositoryRoot, "tests", "js");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-http")))
        {
            throw new InvalidOperationException("graphql-js and graphql-http are not installed: run `npm ci` in tests/js.");
        }

        var start = new ProcessStartInfo("node") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within two minutes.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await error}");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bff.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bff.sln not found above " + AppContext.BaseDirectory);
    }
}
