using System.Collections.Concurrent;

namespace Bff.Testing;

/// <summary>Every request a service's typed clients sent, as <c>{service} {method} {path}</c> (the query left out).</summary>
/// <param name="servicesByPort">The demo backend listening on each port, to name the service a request went to.</param>
public sealed class BackendCallLog(IReadOnlyDictionary<int, string> servicesByPort)
{
    private readonly ConcurrentQueue<string> calls = new();
    private readonly ConcurrentQueue<string> withToken = new();

    /// <summary>The calls so far, in the order they were sent.</summary>
    public IReadOnlyList<string> Calls => [.. calls];

    /// <summary>How many calls went to <paramref name="service"/> (e.g. <c>pricing</c>).</summary>
    public int CountOf(string service) => Calls.Count(c => c.StartsWith(service + " ", StringComparison.Ordinal));

    /// <summary>
    /// The services that received an <c>Authorization</c> header, one entry per call that carried it (as the handlers
    /// inside left the request, so a token a forwarding handler added is seen).
    /// </summary>
    public IReadOnlyList<string> ServicesSentAToken => [.. withToken];

    /// <summary>Forgets the calls so far, e.g. between a cold and a warm request.</summary>
    public void Clear()
    {
        calls.Clear();
        withToken.Clear();
    }

    /// <summary>A handler to put outermost on every client (<c>ConfigureHttpClientDefaults</c>): it records each call.</summary>
    public DelegatingHandler CreateHandler() => new CountingHandler(this);

    private void Add(HttpRequestMessage request) => calls.Enqueue($"{ServiceOf(request)} {request.Method} {request.RequestUri!.AbsolutePath}");

    private void AddIfItCarriedAToken(HttpRequestMessage request)
    {
        if (request.Headers.Authorization is not null)
        {
            withToken.Enqueue(ServiceOf(request));
        }
    }

    private string ServiceOf(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        return servicesByPort.TryGetValue(uri.Port, out var name) ? name : uri.Authority;
    }

    // Outermost: records the call whatever the handlers inside do with it; the inner handlers change this same request
    // object (the token forwarding adds its header), so after they ran it shows what went on the wire.
    private sealed class CountingHandler(BackendCallLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            log.Add(request);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                log.AddIfItCarriedAToken(request);
            }
        }
    }
}
