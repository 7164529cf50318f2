namespace Bff.Caching;

/// <summary>
/// A cache key built by <see cref="CacheKeys"/>. There is no public constructor, so a key to a
/// user's private entry can only come from <see cref="CacheKeys.ForUser"/> with that user's id.
/// </summary>
public sealed class CacheKey
{
    internal CacheKey(string value, string domain, bool isPrivate)
    {
        Value = value;
        Domain = domain;
        IsPrivate = isPrivate;
    }

    /// <summary>The key as given to FusionCache (which adds its <c>Caching:KeyPrefix</c>).</summary>
    public string Value { get; }

    /// <summary>The domain the key belongs to, as given to <see cref="CacheKeys"/>; metrics are tagged with it.</summary>
    public string Domain { get; }

    /// <summary>True when the key belongs to one user's private data.</summary>
    public bool IsPrivate { get; }

    /// <inheritdoc />
    public override string ToString() => Value;
}
