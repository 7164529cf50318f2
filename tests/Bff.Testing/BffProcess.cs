using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Bff.Testing;

/// <summary>
/// A BFF as its own process (<c>dotnet exec Bff.Mobile.dll</c> or <c>Bff.Web.dll</c>, from its build output) on a free
/// loopback port in Development, configured on the command line; killed on dispose. Two of them with the same settings
/// are two instances of one deployment. The test project that starts one references that BFF's project, so it is built.
/// </summary>
public sealed class BffProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    // A cold start on two cores shared with other builds can take most of a minute.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly BffApp app;
    private readonly ConcurrentQueue<string> output = new();

    private BffProcess(BffApp app, Process process, int port)
    {
        this.app = app;
        this.process = process;
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        Http = new HttpClient { BaseAddress = Url };
    }

    /// <summary>Where this instance listens.</summary>
    public Uri Url { get; }

    /// <summary>A client straight to this instance (not through any proxy in front of it).</summary>
    public HttpClient Http { get; }

    /// <summary>The last lines the process wrote to its console (request lines, warnings, errors), oldest first.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    /// <summary>
    /// Starts <paramref name="app"/> in Development with <paramref name="settings"/> (each as <c>--key=value</c>, after the
    /// port, so a setting may override anything) and waits until <c>/health/ready</c> answers 200.
    /// </summary>
    public static async Task<BffProcess> StartAsync(BffApp app, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        var directory = app.Directory;
        var port = RedisServer.FreePort();
        var start = DotnetExec.StartInfo(directory, app.Assembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        // No traces or logs sent to a collector the developer's shell points at.
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{app} did not start.");
        var instance = new BffProcess(app, process, port);
        // Drained so that the instance never blocks on a full pipe; the last lines kept for failure messages.
        process.OutputDataReceived += (_, e) => instance.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => instance.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await instance.WaitUntilReadyAsync();
            return instance;
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{app} exited with code {process.ExitCode} while starting:{Environment.NewLine}{Output}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new InvalidOperationException($"{app} at {Url} was not ready within {StartTimeout}.");
            }

            await Task.Delay(100);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
