using System.Collections.Concurrent;
using System.Diagnostics;

namespace Bff.Deploy.Tests.Support;

/// <summary>
/// A BFF started as its container starts it: <c>dotnet Bff.X.dll</c> in the folder of its build output, configured only
/// through environment variables. Killed on dispose.
/// </summary>
public sealed class BffProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private BffProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    /// <summary>Where it listens (127.0.0.1, a free port).</summary>
    public Uri Address { get; }

    /// <summary>The port given to it in <c>Kestrel__Endpoints__Http__Url</c>.</summary>
    public int Port => Address.Port;

    /// <summary>Starts <paramref name="assemblyName"/> with exactly <paramref name="environment"/> (plus the runner's own variables) and waits until <c>/health/live</c> answers.</summary>
    public static async Task<BffProcess> StartAsync(string assemblyName, IReadOnlyDictionary<string, string> environment, int port)
    {
        var directory = BffBinaries.Directory(assemblyName);
        var start = DotnetExec.StartInfo(directory, assemblyName + ".dll");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var bff = new BffProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => bff.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bff.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await bff.WaitUntilLiveAsync();
        return bff;
    }

    /// <summary>A loopback port nothing listens on right now (Bff.Testing's, which the Redis servers use too).</summary>
    public static int FreePort() => RedisServer.FreePort();

    /// <summary>Sends SIGTERM, as Kubernetes and <c>docker stop</c> do (the process is <c>dotnet exec</c>, so the app itself).</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits until the process has exited by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    /// <summary>Its last lines of output, for failure messages.</summary>
    public string Output => string.Join('\n', output.TakeLast(40));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
            while (output.Count > 200 && output.TryDequeue(out _))
            {
            }
        }
    }

    private async Task WaitUntilLiveAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                // Until the output pipes reach their end too, so the message has the lines that say why.
                await process.WaitForExitAsync();
                throw new InvalidOperationException($"The BFF exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "/health/live"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly on a busy machine.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The BFF did not answer /health/live within 60 s:\n{Output}");
    }
}
