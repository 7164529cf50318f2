using System.Threading.Channels;

namespace Bff.GraphQL.Server.Subscriptions;

/// <summary>
/// The messages waiting to be written to one connection, bounded in count and bytes. Producers (each operation, the
/// keep-alive) never wait: a hot event source cannot be slowed down, so a client that falls behind by more than the
/// bounds overflows the queue, which then drops what it holds and refuses more; the connection is closed.
/// </summary>
internal sealed class OutgoingQueue(int maxMessages, long maxBytes)
{
    private readonly Channel<ReadOnlyMemory<byte>> channel =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource overflow = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int messages;
    private long bytes;
    private int overflowed;

    /// <summary>True once a message did not fit.</summary>
    public bool Overflowed => Volatile.Read(ref overflowed) == 1;

    /// <summary>Completes when the queue overflows, for a connection to drop a client whose writes are stuck.</summary>
    public Task Overflow => overflow.Task;

    /// <summary>Queues a message; false when the queue is full (it is then emptied and closed) or already closed.</summary>
    public bool TryEnqueue(ReadOnlyMemory<byte> message)
    {
        if (Overflowed)
        {
            return false;
        }

        var count = Interlocked.Increment(ref messages);
        var size = Interlocked.Add(ref bytes, message.Length);
        if (count > maxMessages || size > maxBytes)
        {
            Interlocked.Decrement(ref messages);
            Interlocked.Add(ref bytes, -message.Length);
            OnOverflow();
            return false;
        }

        if (channel.Writer.TryWrite(message))
        {
            return true;
        }

        Interlocked.Decrement(ref messages);
        Interlocked.Add(ref bytes, -message.Length);
        return false;
    }

    /// <summary>No more messages; those queued are still written.</summary>
    public void Complete() => channel.Writer.TryComplete();

    /// <summary>
    /// Writes the messages as they come, one at a time, until the queue completes (true) or overflows (false). Stops
    /// with <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public async Task<bool> WriteAllAsync(Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> write, CancellationToken cancellationToken)
    {
        var reader = channel.Reader;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (!Overflowed && reader.TryRead(out var message))
            {
                await write(message, cancellationToken).ConfigureAwait(false);
                Interlocked.Decrement(ref messages);
                Interlocked.Add(ref bytes, -message.Length);
            }

            if (Overflowed)
            {
                return false;
            }
        }

        return !Overflowed;
    }

    private void OnOverflow()
    {
        if (Interlocked.Exchange(ref overflowed, 1) == 1)
        {
            return;
        }

        // What the client did not take goes now, not when it gets round to reading: the bound is on memory.
        channel.Writer.TryComplete();
        while (channel.Reader.TryRead(out var dropped))
        {
            Interlocked.Decrement(ref messages);
            Interlocked.Add(ref bytes, -dropped.Length);
        }

        overflow.TrySetResult();
    }
}
