using System.Diagnostics;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// Runs tests/js/banana-cake-pop.mjs: headless Chromium (the system's) through Banana Cake Pop at a service's
/// endpoint, reported as one JSON line.
/// </summary>
public static class BananaCakePopBrowser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    /// <summary>
    /// Opens the IDE at <paramref name="endpoint"/> in a fresh profile, checks its schema panes, types and runs the
    /// plan's operation until the response shows what the plan expects, and saves a screenshot of where it got to at
    /// <paramref name="screenshot"/>.
    /// </summary>
    public static async Task<BrowserReport> UseAsync(Uri endpoint, string screenshot, BananaCakePopPlan plan)
    {
        var node = BrowserPrerequisites.Node();
        var chromium = BrowserPrerequisites.Chromium();
        BrowserPrerequisites.PlaywrightCore();
        var planFile = Path.Combine(Path.GetTempPath(), $"banana-cake-pop-plan-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(planFile, JsonSerializer.Serialize(plan, JsonSerializerOptions.Web));
        try
        {
            return await RunAsync(node, [chromium, endpoint.ToString(), screenshot, planFile]);
        }
        finally
        {
            File.Delete(planFile);
        }
    }

    private static async Task<BrowserReport> RunAsync(string node, string[] arguments)
    {
        var start = new ProcessStartInfo(node)
        {
            WorkingDirectory = Repository.PathOf("tests", "js"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("banana-cake-pop.mjs");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

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

/// <summary>What a developer does in the IDE: the operation to type and run, and what the panes must show.</summary>
/// <param name="Operation">Typed on one line (spaces collapsed) into the operation editor and run.</param>
/// <param name="ResponseTexts">Texts the response pane must show once the operation ran.</param>
/// <param name="SchemaReference">Texts the Schema Reference pane must show.</param>
/// <param name="SchemaDefinition">Texts to find in the Schema Definition pane, the SDL the IDE printed from introspection.</param>
/// <param name="Token">Entered as a Bearer token in the document's Connection Settings before the operation runs.</param>
/// <param name="SubscriptionProtocol">
/// Chosen in the document's Connection Settings: <c>auto</c>, <c>graphql-transport-ws</c>, <c>graphql-sse</c> or
/// <c>graphql-ws</c>; the IDE's default (auto) when null.
/// </param>
/// <param name="Subscription">
/// Run the operation once and wait for its events: a subscription stays open, so Run is not clicked again.
/// </param>
public sealed record BananaCakePopPlan(
    string Operation,
    IReadOnlyList<string> ResponseTexts,
    IReadOnlyList<string>? SchemaReference = null,
    IReadOnlyList<string>? SchemaDefinition = null,
    string? Token = null,
    string? SubscriptionProtocol = null,
    bool Subscription = false);

/// <summary>What the browser script saw; <see cref="Requests"/> are every request of the page, its workers and service worker.</summary>
/// <param name="Ok">Whether every step got through.</param>
/// <param name="Error">The step's failure, when one failed.</param>
/// <param name="PageUrl">The IDE's page once its service worker served it.</param>
/// <param name="Operation">The operation as the editor showed it when it ran, spaces collapsed.</param>
/// <param name="Runs">How many attempts it took: Run clicks, or for a subscription (run once) the times its text was checked.</param>
/// <param name="ScreenshotError">Why no screenshot was saved, if none was.</param>
/// <param name="Steps">The steps that got through.</param>
/// <param name="Requests">Every request, as "METHOD url".</param>
/// <param name="FailedRequests">Requests that failed on the network.</param>
/// <param name="ConsoleErrors">Errors the page logged.</param>
/// <param name="PageErrors">Uncaught errors of the page, except those thrown while the operation was typed.</param>
/// <param name="TypingErrors">Uncaught errors of the editor while the operation was typed key by key.</param>
/// <param name="WebSockets">The page's WebSockets and their frames.</param>
/// <param name="EventStreams">The requests that asked for <c>text/event-stream</c> (graphql-sse), with their headers.</param>
public sealed record BrowserReport(
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
    string[] PageErrors,
    string[] TypingErrors,
    BrowserWebSocket[] WebSockets,
    BrowserEventStream[] EventStreams)
{
    /// <inheritdoc />
    public override string ToString() => JsonSerializer.Serialize(this with { Requests = [$"({Requests.Length} requests)"] });
}
