using System.Text.Json;
using Bff.Caching.Invalidation;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bff.Caching.Redis;

/// <summary>Invalidation messages over a Redis pub/sub channel, on the shared multiplexer.</summary>
internal sealed partial class RedisInvalidationBus(RedisConnection connection, ILogger<RedisInvalidationBus> logger)
    : ICacheInvalidationBus
{
    private readonly RedisChannel _channel = new(connection.Options.InvalidationChannel, RedisChannel.PatternMode.Literal);
    private Action<InvalidationMessage>? _onMessage;
    private int _subscribed;

    public async Task PublishAsync(InvalidationMessage message)
    {
        try
        {
            var subscriber = await connection.GetSubscriberAsync().WaitAsync(connection.Options.CommandTimeout);
            var payload = JsonSerializer.SerializeToUtf8Bytes(message, InvalidationJsonContext.Default.InvalidationMessage);
            await subscriber.PublishAsync(_channel, payload).WaitAsync(connection.Options.CommandTimeout);
        }
#pragma warning disable CA1031 // Entries still expire and tag times live in L2; a lost message only delays eviction.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogPublishFailed(logger, ex.Message);
        }
    }

    public void Subscribe(Action<InvalidationMessage> onMessage, Action onResync)
    {
        _onMessage = onMessage;
        connection.Restored += () =>
        {
            onResync();
            _ = EnsureSubscribedAsync();
        };
        _ = EnsureSubscribedAsync();
    }

    // A subscription made while Redis is down may fail; the next reconnection retries it.
    private async Task EnsureSubscribedAsync()
    {
        if (Volatile.Read(ref _subscribed) == 1)
        {
            return;
        }

        try
        {
            var subscriber = await connection.GetSubscriberAsync();
            if (Interlocked.Exchange(ref _subscribed, 1) == 0)
            {
                await subscriber.SubscribeAsync(_channel, (_, value) => Receive(value));
            }
        }
#pragma warning disable CA1031 // Retried on reconnection.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Volatile.Write(ref _subscribed, 0);
            LogSubscribeFailed(logger, ex.Message);
        }
    }

    private void Receive(RedisValue value)
    {
        var message = JsonSerializer.Deserialize((byte[])value!, InvalidationJsonContext.Default.InvalidationMessage);
        if (message is not null)
        {
            _onMessage?.Invoke(message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing a cache invalidation failed: {Error}")]
    private static partial void LogPublishFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribing to cache invalidations failed, retrying on reconnection: {Error}")]
    private static partial void LogSubscribeFailed(ILogger logger, string error);
}
