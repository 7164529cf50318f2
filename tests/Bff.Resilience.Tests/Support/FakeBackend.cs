using System.Net;

namespace Bff.Resilience.Tests.Support;

/// <summary>
/// The primary handler of a client under test: answers each attempt from a script and records what it saw,
/// so tests can drive the pipeline without a network.
/// </summary>
public sealed class FakeBackend(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private int calls;

    public FakeBackend(params HttpStatusCode[] statuses)
        : this((_, call, _) => Task.FromResult(new HttpResponseMessage(statuses[Math.Min(call, statuses.Length - 1)])))
    {
    }

    public int Calls => Volatile.Read(ref calls);

    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>An attempt that never answers until it is cancelled (a hung backend).</summary>
    public static async Task<HttpResponseMessage> Hang(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Waits (real time, bounded) until at least <paramref name="count"/> attempts arrived.</summary>
    public Task WaitForCallsAsync(int count) => Eventually.TrueAsync(() => Calls >= count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        var call = Interlocked.Increment(ref calls) - 1;
        return respond(request, call, cancellationToken);
    }
}
