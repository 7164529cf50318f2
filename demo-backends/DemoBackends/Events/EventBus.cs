using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StackExchange.Redis;

namespace DemoBackends.Events;

/// <summary>
/// Publishes and listens on Redis pub/sub when <c>Events:Redis</c> is configured; otherwise every call is a no-op, so
/// the services run without Redis (nothing is then delivered live, the REST reads stay right).
/// </summary>
internal sealed class EventBus(IConnectionMultiplexer? redis, ILogger<EventBus> logger)
{
    public bool IsConnected => redis is not null;

    public Task PublishAsync<T>(string channel, T payload, JsonTypeInfo<T> type)
    {
        if (redis is not null)
        {
            // Fire and forget: the change itself has happened and is answered now. While Redis is away the
            // multiplexer keeps the message in its backlog and sends it on reconnect, within its timeout.
            redis.GetSubscriber().Publish(RedisChannel.Literal(channel), JsonSerializer.Serialize(payload, type), CommandFlags.FireAndForget);
            logger.LogDebug("Published {Channel}", channel);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Subscribes, retrying every second while Redis cannot be reached (a service may start before Redis does); once
    /// subscribed, the multiplexer restores the subscription after every reconnect by itself.
    /// </summary>
    public async Task SubscribeAsync<T>(string channel, JsonTypeInfo<T> type, Func<T, Task> handle, CancellationToken stopping)
    {
        if (redis is null)
        {
            return;
        }

        while (true)
        {
            try
            {
                var queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(channel)).ConfigureAwait(false);
                queue.OnMessage(message => HandleAsync(channel, (string?)message.Message, type, handle));
                logger.LogInformation("Subscribed to {Channel}", channel);
                return;
            }
            catch (RedisException e)
            {
                logger.LogWarning(e, "Could not subscribe to {Channel} yet; retrying in 1 s", channel);
                await Task.Delay(TimeSpan.FromSeconds(1), stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync<T>(string channel, string? message, JsonTypeInfo<T> type, Func<T, Task> handle)
    {
        T? payload;
        try
        {
            payload = message is null ? default : JsonSerializer.Deserialize(message, type);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Ignored a malformed {Channel} message", channel);
            return;
        }

        if (payload is not null)
        {
            await handle(payload).ConfigureAwait(false);
        }
    }
}
