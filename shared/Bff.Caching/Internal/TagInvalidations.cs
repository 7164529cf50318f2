using System.Buffers.Binary;
using System.Collections.Concurrent;

namespace Bff.Caching.Internal;

/// <summary>
/// When each tag was last invalidated. An entry whose creation is not after the invalidation of one
/// of its tags is gone, wherever it is stored; nothing has to be deleted. Times live in L2 so instances
/// that missed a pub/sub message, or started later, still learn of them.
/// </summary>
internal sealed class TagInvalidations(L2Store l2, TimeProvider time, TimeSpan recheckInterval, TimeSpan retention)
{
    /// <summary>Invalidating this tag invalidates every entry.</summary>
    public const string All = "*";

    private const string KeyPrefix = CacheKeys.ReservedPrefix + "tag:";

    private readonly ConcurrentDictionary<string, TagState> _tags = new(StringComparer.Ordinal);

    /// <summary>Checks against what this instance knows; used on L1 hits, kept current by pub/sub.</summary>
    public bool IsCurrent(CacheEnvelope envelope)
    {
        if (_tags.IsEmpty)
        {
            return true;
        }

        if (InvalidatedAt(All) >= envelope.Created)
        {
            return false;
        }

        foreach (var tag in envelope.Tags)
        {
            if (InvalidatedAt(tag) >= envelope.Created)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Re-reads from L2 the tags not checked lately, then checks; used on L2 hits. An entry whose
    /// tags cannot be read is treated as gone: serving it could resurrect invalidated data.
    /// </summary>
    public async Task<bool> IsCurrentAsync(CacheEnvelope envelope)
    {
        var known = await RecheckAsync(All);
        foreach (var tag in envelope.Tags)
        {
            known &= await RecheckAsync(tag);
        }

        return known && IsCurrent(envelope);
    }

    /// <summary>A creation time later than any known invalidation of the tags, so a new entry is never born invalid.</summary>
    public DateTimeOffset CreationTime(IReadOnlyList<string> tags)
    {
        var created = time.GetUtcNow();
        var latest = InvalidatedAt(All);
        foreach (var tag in tags)
        {
            latest = Max(latest, InvalidatedAt(tag));
        }

        return latest >= created ? latest.AddTicks(1) : created;
    }

    public async Task<DateTimeOffset> InvalidateAsync(string tag)
    {
        var at = Max(time.GetUtcNow(), InvalidatedAt(tag).AddTicks(1));
        Apply(tag, at);
        var bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, at.UtcTicks);
        await l2.SetAsync(KeyPrefix + tag, bytes, time.GetUtcNow() + retention);
        return at;
    }

    /// <summary>Records an invalidation heard from another instance; times only ever move forward.</summary>
    public void Apply(string tag, DateTimeOffset at) =>
        _tags.AddOrUpdate(
            tag,
            static (_, arg) => new TagState(arg.At, arg.Now),
            static (_, old, arg) => new TagState(Max(old.InvalidatedAt, arg.At), arg.Now),
            (At: at, Now: time.GetUtcNow()));

    /// <summary>After a lost connection every tag is re-read, since messages may have been missed.</summary>
    public void ForgetChecks()
    {
        foreach (var (tag, state) in _tags)
        {
            _tags.TryUpdate(tag, state with { CheckedAt = DateTimeOffset.MinValue }, state);
        }
    }

    private async Task<bool> RecheckAsync(string tag)
    {
        var now = time.GetUtcNow();
        if (!l2.IsConfigured || (_tags.TryGetValue(tag, out var state) && now - state.CheckedAt < recheckInterval))
        {
            return true;
        }

        var (answered, bytes) = await l2.GetAsync(KeyPrefix + tag);
        if (!answered)
        {
            return false;
        }

        var at = bytes is { Length: sizeof(long) }
            ? new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(bytes), TimeSpan.Zero)
            : DateTimeOffset.MinValue;
        Apply(tag, at);
        return true;
    }

    private DateTimeOffset InvalidatedAt(string tag) =>
        _tags.TryGetValue(tag, out var state) ? state.InvalidatedAt : DateTimeOffset.MinValue;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private readonly record struct TagState(DateTimeOffset InvalidatedAt, DateTimeOffset CheckedAt);
}
