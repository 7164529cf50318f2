using System.Diagnostics;
using System.Text.Json;

namespace Bff.Testing;

/// <summary>
/// tests/js/subscription-listener.mjs under Node: a real graphql-ws or graphql-sse client that keeps listening while the
/// test publishes, each result read as it arrives with the time the client received it.
/// </summary>
public sealed class SubscriptionListener : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<JsonElement> lines = [];
    private readonly SemaphoreSlim arrived = new(0);

    private SubscriptionListener(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (!string.IsNullOrWhiteSpace(e.Data))
            {
                lock (lines)
                {
                    lines.Add(JsonDocument.Parse(e.Data).RootElement.Clone());
                }

                arrived.Release();
            }
        };
        process.ErrorDataReceived += static (_, _) => { };
    }

    /// <summary>What the client printed so far.</summary>
    public IReadOnlyList<JsonElement> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    /// <summary>Starts the client on <paramref name="transport"/> (<c>ws</c> or <c>sse</c>); <paramref name="authorization"/> is the whole header value.</summary>
    public static SubscriptionListener Start(string transport, Uri url, string query, string? authorization = null)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Repository.PathOf("tests", "js"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "subscription-listener.mjs", transport, url.ToString(), query, authorization ?? "" })
        {
            start.ArgumentList.Add(argument);
        }

        var listener = new SubscriptionListener(new Process { StartInfo = start });
        listener.process.Start();
        listener.process.BeginOutputReadLine();
        listener.process.BeginErrorReadLine();
        return listener;
    }

    /// <summary>The first line <paramref name="match"/> accepts, waiting up to <paramref name="timeout"/>; null when none came.</summary>
    public async Task<JsonElement?> WaitForAsync(Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var found = Lines.Where(match).Select(l => (JsonElement?)l).FirstOrDefault();
            var left = deadline - DateTime.UtcNow;
            if (found is not null || left <= TimeSpan.Zero)
            {
                return found;
            }

            await arrived.WaitAsync(left);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        arrived.Dispose();
    }
}
