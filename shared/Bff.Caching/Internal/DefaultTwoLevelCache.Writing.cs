using System.Buffers;
using Bff.Caching.Invalidation;

namespace Bff.Caching.Internal;

internal sealed partial class DefaultTwoLevelCache
{
    private async ValueTask SetCoreAsync<T>(string key, T value, CacheEntryPolicy policy, IEnumerable<string>? tags)
    {
        policy.Validate();
        var normalized = Normalize(tags);
        await WriteAsync(key, Envelope(value, _tags.CreationTime(normalized), policy, normalized), policy);
        // Other instances may hold the previous value in L1.
        await _bus.PublishAsync(new InvalidationMessage(_origin, InvalidationKind.Key, key, 0));
    }

    private async ValueTask RemoveCoreAsync(string key)
    {
        _l1.Remove(key);
        await _l2.RemoveAsync(key);
        await _bus.PublishAsync(new InvalidationMessage(_origin, InvalidationKind.Key, key, 0));
    }

    private async ValueTask RemoveByTagCoreAsync(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var at = await _tags.InvalidateAsync(tag);
        await _bus.PublishAsync(new InvalidationMessage(_origin, InvalidationKind.Tag, tag, at.UtcTicks));
    }

    private CacheEnvelope Envelope<T>(T value, DateTimeOffset created, CacheEntryPolicy policy, string[] tags)
    {
        var buffer = new ArrayBufferWriter<byte>();
        _serializers.Get<T>().Serialize(value, buffer);
        var freshUntil = created + policy.Fresh;
        return new CacheEnvelope(created, freshUntil, freshUntil + policy.Stale, tags, buffer.WrittenMemory);
    }

    private async Task WriteAsync(string key, CacheEnvelope envelope, CacheEntryPolicy policy)
    {
        if (policy.WritesL1)
        {
            _l1.Set(key, envelope);
        }

        if (policy.WritesL2 && _l2.IsConfigured)
        {
            await _l2.SetAsync(key, EnvelopeCodec.Encode(envelope), envelope.StaleUntil);
        }
    }

    private void OnInvalidation(InvalidationMessage message)
    {
        if (string.Equals(message.Origin, _origin, StringComparison.Ordinal))
        {
            return;
        }

        if (message.Kind == InvalidationKind.Key)
        {
            _l1.Remove(message.Value);
        }
        else
        {
            _tags.Apply(message.Value, new DateTimeOffset(message.AtUtcTicks, TimeSpan.Zero));
        }
    }

    // Messages sent while the connection was down are lost: forget everything that they may have invalidated.
    private void OnResync()
    {
        _l1.Clear();
        _tags.ForgetChecks();
    }

    private static string[] Normalize(IEnumerable<string>? tags)
    {
        if (tags is null)
        {
            return [];
        }

        var distinct = tags.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var tag in distinct)
        {
            ArgumentException.ThrowIfNullOrEmpty(tag, nameof(tags));
            if (tag == TagInvalidations.All)
            {
                throw new ArgumentException($"'{TagInvalidations.All}' invalidates every entry; it cannot tag one.", nameof(tags));
            }
        }

        return distinct;
    }
}
