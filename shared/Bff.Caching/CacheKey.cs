namespace Bff.Caching;

/// <summary>
/// A cache key built by <see cref="CacheKeys"/>. There is no public constructor, so a key to a
/// user's private entry can only come from <see cref="CacheKeys.ForUser"/> with that user's id.
/// </summary>
public sealed class CacheKey
{
    internal CacheKey(string value, bool isPrivate)
    {
        Value = value;
        IsPrivate = isPrivate;
    }

    /// <summary>The key as stored in L1 and L2.</summary>
    public string Value { get; }

    /// <summary>True when the key belongs to one user's private data.</summary>
    public bool IsPrivate { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
