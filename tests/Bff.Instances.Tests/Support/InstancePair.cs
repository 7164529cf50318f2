namespace Bff.Instances.Tests.Support;

/// <summary>Two processes of one BFF with the same settings (one deployment) and a round-robin proxy in front of them.</summary>
public sealed class InstancePair : IAsyncDisposable
{
    private InstancePair(BffApp app, BffProcess a, BffProcess b, RoundRobinProxy proxy) => (App, A, B, Proxy) = (app, a, b, proxy);

    /// <summary>Which BFF these are.</summary>
    public BffApp App { get; }

    /// <summary>The first instance, the proxy's first destination.</summary>
    public BffProcess A { get; }

    /// <summary>The second instance.</summary>
    public BffProcess B { get; }

    /// <summary>The one address in front of both.</summary>
    public RoundRobinProxy Proxy { get; }

    /// <summary>Starts both instances at once, then the proxy; whatever started is stopped if the rest fails.</summary>
    public static async Task<InstancePair> StartAsync(BffApp app, IReadOnlyDictionary<string, string> settings)
    {
        var starting = new[] { BffProcess.StartAsync(app, settings), BffProcess.StartAsync(app, settings) };
        try
        {
            await Task.WhenAll(starting);
            return new InstancePair(app, starting[0].Result, starting[1].Result, await RoundRobinProxy.StartAsync(starting[0].Result.Url, starting[1].Result.Url));
        }
        catch
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await started.Result.DisposeAsync();
            }

            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
