using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.Caching.Redis;

/// <summary>
/// The one multiplexer shared by the distributed cache and the invalidation bus.
/// It connects in the background with abortConnect=false, so a dead Redis at start-up
/// only means L2 calls fail fast until StackExchange.Redis reconnects on its own.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly Task<ConnectionMultiplexer> _connecting;

    public RedisConnection(IOptions<RedisDistributedCacheOptions> options)
    {
        Options = options.Value;
        var config = ConfigurationOptions.Parse(Options.Configuration);
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = (int)Options.ConnectTimeout.TotalMilliseconds;
        config.SyncTimeout = (int)Options.CommandTimeout.TotalMilliseconds;
        config.ResponseTimeout = (int)Options.CommandTimeout.TotalMilliseconds;
        config.ConnectRetry = 1;
        config.ReconnectRetryPolicy = new LinearRetry(500);
        _connecting = ConnectAsync(config);
    }

    public RedisDistributedCacheOptions Options { get; }

    /// <summary>Raised when a lost connection comes back; subscribers may have missed messages meanwhile.</summary>
    public event Action? Restored;

    public async Task<IDatabase> GetDatabaseAsync() => (await _connecting).GetDatabase();

    public IDatabase GetDatabase() => _connecting.GetAwaiter().GetResult().GetDatabase();

    public async Task<ISubscriber> GetSubscriberAsync() => (await _connecting).GetSubscriber();

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions config)
    {
        // Yield first so the constructor never blocks on DNS or a socket.
        await Task.Yield();
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(config);
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                Restored?.Invoke();
            }
        };
        return multiplexer;
    }

    public void Dispose()
    {
        if (_connecting.IsCompletedSuccessfully)
        {
            _connecting.Result.Dispose();
        }
        else
        {
            _ = _connecting.ContinueWith(
                t => t.Result.Dispose(),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskScheduler.Default);
        }
    }
}
