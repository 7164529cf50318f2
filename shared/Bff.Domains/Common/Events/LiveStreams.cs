using System.Runtime.CompilerServices;

namespace Bff.Domains.Common.Events;

/// <summary>Turns a stream of backend events into the values a subscription field yields.</summary>
internal static class LiveStreams
{
    public static async IAsyncEnumerable<object?> Select<T>(
        IAsyncEnumerable<T> events, Func<T, object?> value, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return value(item);
        }
    }
}
