using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Bff.Resilience.Tests.Support;

/// <summary>
/// One demo service (pricing) in a child process on a free loopback port. The demo host's types are internal
/// to its own tests, so it is started through its documented command line instead; faults go through its
/// public admin API. Real sockets matter here: drops, hangs and latency only mean something on Kestrel.
/// </summary>
public sealed partial class DemoBackendProcess : IAsyncLifetime
{
    private Process? process;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "DemoBackends.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            ArgumentList = { "exec", dll, "--services", "pricing", "--DemoBackends:Ports:Pricing=0", "--DemoBackends:Host=127.0.0.1", "--Logging:LogLevel:Default=Warning" },
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the demo backend.");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        BaseAddress = await ReadUrlAsync(process).WaitAsync(TimeSpan.FromSeconds(60));
        Admin = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>Sets fault controls (see demo-backends/README.md), replacing whatever a previous test left.</summary>
    public async Task SetFaultsAsync(object faults)
    {
        (await Admin.DeleteAsync(new Uri("/admin/faults", UriKind.Relative))).EnsureSuccessStatusCode();
        (await Admin.PostAsJsonAsync(new Uri("/admin/faults", UriKind.Relative), faults)).EnsureSuccessStatusCode();
    }

    public async Task ResetFaultsAsync() =>
        (await Admin.DeleteAsync(new Uri("/admin/faults", UriKind.Relative))).EnsureSuccessStatusCode();

    public Task DisposeAsync()
    {
        Admin?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<Uri> ReadUrlAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (StartupLine().Match(line) is { Success: true } match)
            {
                // Keep draining stdout so the child never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync();
                return new Uri(match.Groups["url"].Value);
            }
        }

        throw new InvalidOperationException($"The demo backend exited with code {process.ExitCode} before printing its URL.");
    }

    [GeneratedRegex(@"^pricing\s+(?<url>http://[0-9.]+:\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex StartupLine();
}

[CollectionDefinition(Name)]
public sealed class DemoBackendCollection : ICollectionFixture<DemoBackendProcess>
{
    public const string Name = "Demo pricing backend";
}
