using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Bff.Aggregator.Tests.Support;

/// <summary>
/// A BFF (<c>dotnet exec Bff.Mobile.dll</c> or <c>Bff.Web.dll</c>, from its build output) as a child process on a
/// free loopback port in Development, configured on the command line; killed on dispose.
/// </summary>
public sealed class BffServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly string name;

    private BffServerProcess(Process process, string name, int port)
    {
        this.process = process;
        this.name = name;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/") };
    }

    /// <summary>A client of the BFF.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts the BFF whose build output is at the assembly metadata <paramref name="directoryKey"/>; ready when /health/ready is 200.</summary>
    public static async Task<BffServerProcess> StartAsync(string directoryKey, string dll, IReadOnlyDictionary<string, string> settings)
    {
        var directory = typeof(BffServerProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == directoryKey).Value!;
        var port = RedisServer.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(directory, dll));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add("--Serilog:MinimumLevel:Default=Warning");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} did not start.");
        // Drained so that the process never blocks on a full pipe.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new BffServerProcess(process, dll, port);
        try
        {
            await server.WaitUntilReadyAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!process.HasExited)
        {
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
                throw new InvalidOperationException($"{name} was not ready within {StartTimeout}.");
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"{name} exited with code {process.ExitCode} while starting.");
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
