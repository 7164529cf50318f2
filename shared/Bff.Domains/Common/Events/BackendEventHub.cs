using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bff.Domains.Common.Events;

/// <summary>
/// The backends' live events, read from Redis pub/sub: one Redis subscription per channel per process, shared by every
/// subscriber of this instance, each of which sees only the events its filter keeps. So any instance can serve any
/// subscriber, and the backend publishes once however many instances run.
/// </summary>
public sealed class BackendEventHub : IAsyncDisposable
{
    private readonly IConnectionMultiplexer? redis;
    private readonly int buffer;
    private readonly ILogger<BackendEventHub> logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<IFanOut>>> channels = new(StringComparer.Ordinal);

    /// <summary>Creates the hub; without a Redis connection every subscription fails with <c>LIVE_UPDATES_UNAVAILABLE</c>.</summary>
    public BackendEventHub(IEnumerable<IConnectionMultiplexer> redis, IOptions<BackendEventsOptions> options, ILogger<BackendEventHub> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.redis = redis.FirstOrDefault();
        buffer = options.Value.SubscriberBuffer;
        this.logger = logger;
    }

    /// <summary>This instance's subscribers on <paramref name="channel"/> (for tests and metrics).</summary>
    public int SubscriberCount(string channel) =>
        channels.TryGetValue(channel, out var fanOut) && fanOut.Value.IsCompletedSuccessfully ? fanOut.Value.Result.Count : 0;

    /// <summary>
    /// The events on <paramref name="channel"/> that <paramref name="keep"/> accepts, from now until the caller stops
    /// enumerating or cancels. Malformed messages are skipped. A subscriber that lets <see cref="BackendEventsOptions.SubscriberBuffer"/>
    /// events pile up is dropped with a <see cref="BackendEventsException"/> (<c>SUBSCRIBER_TOO_SLOW</c>).
    /// </summary>
    public async IAsyncEnumerable<T> SubscribeAsync<T>(
        string channel, JsonTypeInfo<T> type, Func<T, bool> keep, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var events = await OpenAsync(channel, type, keep, cancellationToken).ConfigureAwait(false);
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    /// <summary>
    /// As <see cref="SubscribeAsync{T}"/>, but subscribed when the task completes: an event published after that is
    /// kept for the stream even if the caller has not started reading (a GraphQL subscribe function returns this, so
    /// an event right after the client's <c>subscribe</c> is not lost). The subscriber is removed when the enumeration
    /// ends or <paramref name="cancellationToken"/> is cancelled, whichever comes first (a stream that is never read
    /// must not stay subscribed).
    /// </summary>
    public async Task<IAsyncEnumerable<T>> OpenAsync<T>(string channel, JsonTypeInfo<T> type, Func<T, bool> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var fanOut = (FanOut<T>)await channels.GetOrAdd(channel, name => new Lazy<Task<IFanOut>>(() => StartAsync(name, type))).Value.ConfigureAwait(false);
        var subscriber = fanOut.Add(keep, buffer);
        var registration = cancellationToken.Register(() =>
        {
            fanOut.Remove(subscriber);
            subscriber.Writer.TryComplete();
        });
        return ReadAsync(fanOut, subscriber, registration);
    }

    private static async IAsyncEnumerable<T> ReadAsync<T>(
        FanOut<T> fanOut, Subscriber<T> subscriber, CancellationTokenRegistration registration,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var unregister = registration;
        try
        {
            await foreach (var item in subscriber.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            fanOut.Remove(subscriber);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var (name, fanOut) in channels)
        {
            if (redis is not null && fanOut.IsValueCreated && fanOut.Value.IsCompletedSuccessfully)
            {
                fanOut.Value.Result.CompleteAll();
                // Fire and forget: shutting down must not wait for (or fail on) a Redis that is slow or gone; the
                // subscription ends with the connection anyway.
                redis.GetSubscriber().Unsubscribe(RedisChannel.Literal(name), flags: CommandFlags.FireAndForget);
            }
        }

        return ValueTask.CompletedTask;
    }

    private async Task<IFanOut> StartAsync<T>(string channel, JsonTypeInfo<T> type)
    {
        if (redis is null)
        {
            throw BackendEventsException.Unavailable("no Redis is configured");
        }

        var fanOut = new FanOut<T>(channel, logger);
        try
        {
            // Once subscribed, the multiplexer resubscribes after every reconnect by itself.
            var queue = await redis.GetSubscriber().SubscribeAsync(RedisChannel.Literal(channel)).ConfigureAwait(false);
            queue.OnMessage(message => fanOut.Publish(Decode(channel, (string?)message.Message, type)));
        }
        catch (RedisException e)
        {
            // Not cached: the next subscriber tries again.
            channels.TryRemove(channel, out _);
            logger.LogWarning(e, "Could not subscribe to {Channel}", channel);
            throw BackendEventsException.Unavailable("Redis cannot be reached");
        }

        return fanOut;
    }

    private T? Decode<T>(string channel, string? message, JsonTypeInfo<T> type)
    {
        try
        {
            return message is null ? default : JsonSerializer.Deserialize(message, type);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Skipped a malformed event on {Channel}", channel);
            return default;
        }
    }

    private interface IFanOut
    {
        int Count { get; }

        void CompleteAll();
    }

    private sealed class FanOut<T>(string channel, ILogger logger) : IFanOut
    {
        private readonly ConcurrentDictionary<Subscriber<T>, byte> subscribers = new();

        public int Count => subscribers.Count;

        public Subscriber<T> Add(Func<T, bool> keep, int capacity)
        {
            var subscriber = new Subscriber<T>(keep, capacity);
            subscribers.TryAdd(subscriber, 0);
            return subscriber;
        }

        public void Remove(Subscriber<T> subscriber) => subscribers.TryRemove(subscriber, out _);

        public void Publish(T? item)
        {
            if (item is null)
            {
                return;
            }

            foreach (var subscriber in subscribers.Keys)
            {
                if (subscriber.Keep(item) && !subscriber.Writer.TryWrite(item))
                {
                    logger.LogWarning("Dropped a subscriber to {Channel} that fell {Capacity} events behind", channel, subscriber.Capacity);
                    subscriber.Writer.TryComplete(BackendEventsException.TooSlow(subscriber.Capacity));
                    Remove(subscriber);
                }
            }
        }

        public void CompleteAll()
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Writer.TryComplete();
            }
        }
    }

    private sealed class Subscriber<T>(Func<T, bool> keep, int capacity)
    {
        private readonly System.Threading.Channels.Channel<T> queue = System.Threading.Channels.Channel.CreateBounded<T>(
            new System.Threading.Channels.BoundedChannelOptions(capacity) { SingleReader = true, FullMode = System.Threading.Channels.BoundedChannelFullMode.Wait });

        public Func<T, bool> Keep { get; } = keep;

        public int Capacity { get; } = capacity;

        public System.Threading.Channels.ChannelReader<T> Reader => queue.Reader;

        public System.Threading.Channels.ChannelWriter<T> Writer => queue.Writer;
    }
}
