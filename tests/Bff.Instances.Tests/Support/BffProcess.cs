using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace Bff.Instances.Tests.Support;

/// <summary>
/// One bff-mobile instance as its own process (<c>dotnet exec Bff.Mobile.dll</c>) on a free loopback port, configured
/// on the command line; killed on dispose. Two of them with the same settings are two instances of one deployment.
/// </summary>
public sealed class BffProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;

    private BffProcess(Process process, int port)
    {
        this.process = process;
        Url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        Http = new HttpClient { BaseAddress = Url };
    }

    /// <summary>Where this instance listens.</summary>
    public Uri Url { get; }

    /// <summary>A client straight to this instance, not through the proxy.</summary>
    public HttpClient Http { get; }

    /// <summary>Starts bff-mobile in Development with <paramref name="settings"/> and waits until <c>/health/ready</c> answers 200.</summary>
    public static async Task<BffProcess> StartMobileAsync(IReadOnlyDictionary<string, string> settings)
    {
        var directory = typeof(BffProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "MobileDirectory").Value!;
        var port = RedisServer.FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(directory, "Bff.Mobile.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.ArgumentList.Add($"--Kestrel:Endpoints:Http:Url=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("bff-mobile did not start.");
        // Drained so that the instance never blocks on a full pipe.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new BffProcess(process, port);
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

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"bff-mobile exited with code {process.ExitCode} while starting.");
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
                throw new InvalidOperationException($"bff-mobile at {Url} was not ready within {StartTimeout}.");
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
