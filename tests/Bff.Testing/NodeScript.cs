using System.ComponentModel;
using System.Diagnostics;

namespace Bff.Testing;

/// <summary>
/// Runs a script of tests/js under Node, where graphql-js (the reference implementation) and graphql-http (its
/// HTTP audit) are installed, and returns its stdout. A non-zero exit fails with the script's stderr.
/// </summary>
public static class NodeScript
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly string[] Packages = ["graphql", "graphql-http"];

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/> and an empty stdin.</summary>
    public static Task<string> RunAsync(string script, params string[] arguments) => RunCoreAsync(script, null, arguments);

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>, writing <paramref name="input"/> to its stdin.</summary>
    public static Task<string> RunWithInputAsync(string script, string input, params string[] arguments) =>
        RunCoreAsync(script, input, arguments);

    private static async Task<string> RunCoreAsync(string script, string? input, string[] arguments)
    {
        var directory = Repository.PathOf("tests", "js");
        if (!Packages.All(package => Directory.Exists(Path.Combine(directory, "node_modules", package))))
        {
            throw new InvalidOperationException("graphql-js and graphql-http are not installed: run ./test.sh, or `npm ci` in tests/js.");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await error}");
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("node was not found on PATH: run dev/prerequisites.sh, or ./test.sh.", e);
        }
    }
}
