namespace Bff.Resilience.Tests.Support;

/// <summary>Sits below the resilience handler and counts what actually went on the wire.</summary>
public sealed class AttemptCounter : DelegatingHandler
{
    private int attempts;

    public int Attempts => Volatile.Read(ref attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref attempts);
        return base.SendAsync(request, cancellationToken);
    }
}
