using System.Diagnostics;

namespace Bff.GraphQL.Tests.TestSupport;

/// <summary>Runs a script of tests/js under Node, where graphql-js (the reference implementation) is installed.</summary>
internal static class Node
{
    public static async Task<string> RunAsync(string script, string? stdin = null, params string[] arguments)
    {
        var directory = Repository.PathOf("tests", "js");
        if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql")))
        {
            throw new InvalidOperationException(
                "graphql-js is not installed: run ./test.sh, or `npm ci` in tests/js.");
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

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
