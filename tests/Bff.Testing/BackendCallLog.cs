using System.Collections.Concurrent;

namespace Bff.Testing;

/// <summary>Every request a service's typed clients sent, as <c>{service} {method} {path}</c> (the query left out).</summary>
/// <param name="servicesByPort">The demo backend listening on each port, to name the service a request went to.</param>
public sealed class BackendCallLog(IReadOnlyDictionary<int, string> servicesByPort)
{
    private readonly ConcurrentQueue<string> calls = new();

    /// <summary>The calls so far, in the order they were sent.</summary>
    public IReadOnlyList<string> Calls => [.. calls];

    /// <summary>How many calls went to <paramref name="service"/> (e.g. <c>pricing</c>).</summary>
    public int CountOf(string service) => Calls.Count(c => c.StartsWith(service + " ", StringComparison.Ordinal));

    /// <summary>Forgets the calls so far, e.g. between a cold and a warm request.</summary>
    public void Clear() => calls.Clear();

    /// <summary>A handler to put outermost on every client (<c>ConfigureHttpClientDefaults</c>): it records each call.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private void Add(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        var service = servicesByPort.TryGetValue(uri.Port, out var name) ? name : uri.Authority;
        calls.Enqueue($"{service} {request.Method} {uri.AbsolutePath}");
    }

    // Outermost: records the call whatever the handlers inside do with it.
    private sealed class CountingHandler(BackendCallLog log) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            log.Add(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
