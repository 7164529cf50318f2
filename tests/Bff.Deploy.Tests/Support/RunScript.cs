using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// <c>./run.sh</c> started as a terminal starts it: the leader of its own session and process group (so a signal to
/// the group is what Ctrl+C sends), with SIGINT at its default disposition (a test runner started in the background
/// may have it ignored, and bash cannot trap a signal ignored on entry). Every process it starts inherits a marker
/// variable, by which <see cref="LeftoverProcesses"/> finds any of them still alive.
/// </summary>
public sealed class RunScript : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly string marker = Guid.NewGuid().ToString("N");

    private RunScript(IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "env", "--default-signal=INT", "./run.sh" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test run has built the solution in Release (this project references the services).
        start.Environment["BFF_NO_BUILD"] = "1";
        start.Environment["BFF_RUN_SCRIPT_TEST"] = marker;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    /// <summary>Everything it printed so far (its own lines and its services' prefixed ones).</summary>
    public IReadOnlyList<string> Lines => lines.ToList();

    /// <summary>Its output, for failure messages.</summary>
    public string Output => string.Join('\n', lines.TakeLast(80));

    /// <summary>Its exit code once it has exited.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Starts <c>./run.sh</c> with <paramref name="environment"/> added to the runner's own.</summary>
    public static RunScript Start(IReadOnlyDictionary<string, string> environment)
    {
        var script = new RunScript(environment);
        script.process.Start();
        script.process.BeginOutputReadLine();
        script.process.BeginErrorReadLine();
        return script;
    }

    /// <summary>The curl lines it printed after its ready banner.</summary>
    public IReadOnlyList<string> Curls => Lines.SkipWhile(l => !l.StartsWith("stack ready", StringComparison.Ordinal))
        .Select(l => l.Trim()).Where(l => l.StartsWith("curl ", StringComparison.Ordinal)).ToList();

    /// <summary>Waits until it has printed the ready banner and the two curl lines after it; fails if it exits first.</summary>
    public async Task WaitForCurlsAsync(TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < timeout)
        {
            if (Curls.Count == 2)
            {
                return;
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"./run.sh exited with code {process.ExitCode} before it was ready:\n{Output}");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"./run.sh did not print its curls within {timeout}:\n{Output}");
    }

    /// <summary>Sends <paramref name="signal"/> (INT, TERM) to its process group, as the terminal does on Ctrl+C.</summary>
    public async Task SignalGroupAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, "--", "-" + process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits until it has exited and its output is closed (nothing it started still holds it).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"./run.sh had not exited (or something kept its output open) {timeout} after the signal:\n{Output}");
        }
    }

    /// <summary>The processes still alive that it (or anything it started) started: pid and command line.</summary>
    public IReadOnlyList<string> LeftoverProcesses()
    {
        var needle = $"BFF_RUN_SCRIPT_TEST={marker}";
        var found = new List<string>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            var name = Path.GetFileName(directory);
            if (!name.All(char.IsAsciiDigit))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Split('\0').Contains(needle))
                {
                    found.Add($"{name}: {File.ReadAllText(Path.Combine(directory, "cmdline")).Replace('\0', ' ')}");
                }
            }
            catch (IOException)
            {
                // Exited while being read.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // A failed test: stop the stack as Ctrl+C would, then make sure.
            await SignalGroupAsync("TERM");
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }
}
