using System.Collections.Concurrent;
using StackExchange.Redis;

namespace Bff.ServiceDefaults.Redis;

/// <summary>
/// One multiplexer per Redis configuration string, shared by the health check and the distributed rate limiter.
/// Connections are made in the background with abortConnect=false: a dead Redis at start-up only makes commands fail
/// fast until StackExchange.Redis reconnects on its own.
/// </summary>
internal sealed class RedisConnections : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ConnectionMultiplexer>>> _connections = new(StringComparer.Ordinal);

    public async Task<IDatabase> GetDatabaseAsync(string configuration) =>
        (await _connections.GetOrAdd(configuration, static c => new Lazy<Task<ConnectionMultiplexer>>(() => ConnectAsync(c))).Value).GetDatabase();

    private static async Task<ConnectionMultiplexer> ConnectAsync(string configuration)
    {
        // Yield first so the caller never blocks on DNS or a socket.
        await Task.Yield();
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectRetry = 1;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 1_000);
        options.ReconnectRetryPolicy = new LinearRetry(500);
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    public void Dispose()
    {
        foreach (var connection in _connections.Values)
        {
            if (connection.IsValueCreated)
            {
                _ = connection.Value.ContinueWith(
                    static t => t.Result.Dispose(),
                    CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                    TaskScheduler.Default);
            }
        }
    }
}
