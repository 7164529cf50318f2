using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Bff.Testing;

/// <summary>
/// The nine demo backends in one child process on free loopback ports, as an xunit collection fixture. A process,
/// not in-process hosting: the demo's hosting types are internal to its own tests, and drops, hangs and latency
/// only mean something on real sockets. Test projects using it reference demo-backends/DemoBackends so it is built.
/// </summary>
public sealed partial class DemoBackendsProcess : IAsyncLifetime
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly ConcurrentDictionary<string, Uri> urls = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient http = new();
    private Process? process;

    /// <summary>The root URL of a service, e.g. <c>UrlOf("Pricing")</c>.</summary>
    public Uri UrlOf(string service) => urls[service];

    /// <summary>An access token for <paramref name="userId"/>, from the Users service's dev token endpoint.</summary>
    public async Task<string> TokenForAsync(string userId)
    {
        var token = await http.GetFromJsonAsync<JsonElement>(new Uri(UrlOf("Users"), $"/dev/token?sub={Uri.EscapeDataString(userId)}"));
        return token.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Sets a service's fault controls (see demo-backends/README.md), replacing whatever a previous test left.</summary>
    public async Task SetFaultsAsync(string service, object faults)
    {
        await ResetFaultsAsync(service);
        using var response = await http.PostAsJsonAsync(new Uri(UrlOf(service), "/admin/faults"), faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Puts a service's fault controls back to its configuration.</summary>
    public async Task ResetFaultsAsync(string service)
    {
        using var response = await http.DeleteAsync(new Uri(UrlOf(service), "/admin/faults"));
        response.EnsureSuccessStatusCode();
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var directory = FindDirectory();
        var start = DotnetExec.StartInfo(directory, "DemoBackends.dll");
        AddOptions(start);
        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.Exited += (_, _) => allStarted.TrySetException(new InvalidOperationException(
            $"The demo backends exited with code {process.ExitCode} before printing all their URLs."));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Two minutes: a cold start on two cores shared with other builds.
        await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(120));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        http.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        await CloseLogAsync();
    }

    private static string FindDirectory()
    {
        var directory = typeof(DemoBackendsProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DemoBackendsDirectory").Value!;
        return File.Exists(Path.Combine(directory, "DemoBackends.dll")) ? directory : throw new InvalidOperationException(
            $"DemoBackends.dll is not in {directory}: reference demo-backends/DemoBackends from the test project so that it is built.");
    }

    // The host prints "{Service} {url}  (OpenAPI: ...)" for each service once it listens.
    private void OnLine(string? line)
    {
        Log(line);
        if (line is not null && StartedLine().Match(line) is { Success: true } match)
        {
            urls[match.Groups[1].Value] = new Uri(match.Groups[2].Value);
            if (urls.Count == Services.Length)
            {
                allStarted.TrySetResult();
            }
        }
    }

    [GeneratedRegex(@"^(\w+)\s+(http://[^\s,]+)")]
    private static partial Regex StartedLine();
}
