using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bff.Backends.Tests.Support;

/// <summary>
/// All nine demo backends in one child process on free loopback ports, shared by the real-HTTP tests. A process,
/// not in-process hosting: the demo's hosting types are internal to its own test project.
/// </summary>
public sealed partial class DemoBackendsProcess : IAsyncLifetime
{
    private static readonly string[] Services = ["Catalog", "Inventory", "Pricing", "Reviews", "Users", "Orders", "Cart", "Recommendations", "Notifications"];
    private readonly ConcurrentDictionary<string, Uri> urls = new(StringComparer.OrdinalIgnoreCase);
    private readonly TaskCompletionSource allStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient http = new();
    private Process? process;

    public Uri UrlOf(string service) => urls[service];

    public async Task<string> TokenForAsync(string userId)
    {
        var token = await http.GetFromJsonAsync<JsonElement>(new Uri(UrlOf("Users"), $"/dev/token?sub={userId}"));
        return token.GetProperty("accessToken").GetString()!;
    }

    public async Task InitializeAsync()
    {
        var directory = typeof(DemoBackendsProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DemoBackendsDirectory").Value!;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(directory, "DemoBackends.dll"));
        foreach (var service in Services)
        {
            start.ArgumentList.Add($"--DemoBackends:Ports:{service}=0");
        }

        start.ArgumentList.Add("--DemoBackends:Host=127.0.0.1");
        start.ArgumentList.Add("--Jwt:DevTokenEndpoint=true");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await allStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    // The host prints "{Service} {url}  (OpenAPI: ...)" for each service once it listens.
    private void OnLine(string? line)
    {
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

[CollectionDefinition(Name)]
public sealed class DemoBackendsCollection : ICollectionFixture<DemoBackendsProcess>
{
    public const string Name = "Demo backends";
}
