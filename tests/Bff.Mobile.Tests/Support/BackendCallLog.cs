using System.Collections.Concurrent;

namespace Bff.Mobile.Tests.Support;

/// <summary>Every request the BFF's typed clients sent, as <c>{service} {method} {path}</c>.</summary>
public sealed class BackendCallLog(IReadOnlyDictionary<int, string> servicesByPort)
{
    private readonly ConcurrentQueue<string> calls = new();

    public IReadOnlyList<string> Calls => [.. calls];

    public int CountOf(string service) => Calls.Count(c => c.StartsWith(service + " ", StringComparison.Ordinal));

    public void Clear() => calls.Clear();

    internal void Add(HttpRequestMessage request)
    {
        var uri = request.RequestUri!;
        calls.Enqueue($"{(servicesByPort.TryGetValue(uri.Port, out var name) ? name : uri.Authority)} {request.Method} {uri.AbsolutePath}");
    }
}

/// <summary>Outermost handler of every client: records the request, whatever the handlers inside do with it.</summary>
internal sealed class CountingHandler(BackendCallLog log) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        log.Add(request);
        return base.SendAsync(request, cancellationToken);
    }
}
