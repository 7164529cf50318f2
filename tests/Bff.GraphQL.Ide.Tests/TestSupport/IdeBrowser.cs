using System.Diagnostics;
using System.Text.Json;

namespace Bff.GraphQL.Ide.Tests.TestSupport;

/// <summary>Runs Browser/use-ide.mjs: headless Chromium through Banana Cake Pop, reported as one JSON line.</summary>
internal static class IdeBrowser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    public static async Task<BrowserReport> UseAsync(Uri endpoint, string screenshot)
    {
        var node = BrowserPrerequisites.Node();
        var chromium = BrowserPrerequisites.Chromium();
        BrowserPrerequisites.PlaywrightCore();
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = TestPaths.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine("Browser", "use-ide.mjs"));
        start.ArgumentList.Add(chromium);
        start.ArgumentList.Add(endpoint.ToString());
        start.ArgumentList.Add(screenshot);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // The tree, not just node: Chromium's processes would outlive it.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The browser script ran longer than {Timeout}. stderr: {await errors}");
        }

        var json = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return json is not null && json.StartsWith('{')
            ? JsonSerializer.Deserialize<BrowserReport>(json, JsonSerializerOptions.Web)!
            : throw new InvalidOperationException($"The browser script printed no report (exit {process.ExitCode}). stderr: {await errors}");
    }
}

/// <summary>What the browser script saw; <see cref="Requests"/> are every request of the page, its workers and service worker.</summary>
internal sealed record BrowserReport(
    bool Ok,
    string? Error,
    string? PageUrl,
    string? Operation,
    int Runs,
    string? ScreenshotError,
    string[] Steps,
    string[] Requests,
    string[] FailedRequests,
    string[] ConsoleErrors,
    string[] PageErrors)
{
    public override string ToString() => JsonSerializer.Serialize(this with { Requests = [$"({Requests.Length} requests)"] });
}
