using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Bff.GraphQL.EndToEndTests.TestSupport;

/// <summary>
/// An in-process event source for subscription tests, shaped as a broker listener is: each subscriber gets a bounded
/// buffer (the oldest event dropped when full), registered when the stream is first read, removed when it is disposed.
/// </summary>
public sealed class MessageFeed
{
    private readonly ConcurrentDictionary<Channel<FeedMessage>, string> subscribers = new();
    private int disposed;

    /// <summary>Streams being read now.</summary>
    public int Active => subscribers.Count;

    /// <summary>Streams disposed so far (their <c>finally</c> ran).</summary>
    public int Disposed => Volatile.Read(ref disposed);

    /// <summary>Sends a message to every subscriber of the room; returns how many there were.</summary>
    public int Publish(string room, string text)
    {
        var receivers = 0;
        foreach (var (channel, subscribed) in subscribers)
        {
            if (subscribed == room && channel.Writer.TryWrite(new FeedMessage(room, text)))
            {
                receivers++;
            }
        }

        return receivers;
    }

    public async IAsyncEnumerable<FeedMessage> Subscribe(string room, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<FeedMessage>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropOldest });
        subscribers[channel] = room;
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            subscribers.TryRemove(channel, out _);
            Interlocked.Increment(ref disposed);
        }
    }
}

/// <summary>One event of the feed.</summary>
public sealed record FeedMessage(string Room, string Text);
