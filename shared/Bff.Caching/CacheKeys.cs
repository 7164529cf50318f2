namespace Bff.Caching;

/// <summary>
/// The one place cache keys are built: <c>{domain}:{version}:{id}</c> for shared data and
/// <c>{domain}:user:{userId}:{id}</c> for private data. Every part is escaped, so no id can
/// forge another key's segments.
/// </summary>
public static class CacheKeys
{
    /// <summary>The segment that marks private data; no shared key may use it.</summary>
    public const string UserSegment = "user";

    /// <summary>Prefix reserved for bookkeeping keys, such as FusionCache's tag entries (<c>__fc:t:{tag}</c>).</summary>
    internal const string ReservedPrefix = "__";

    /// <summary>Key of data shared by all users, such as a product.</summary>
    public static CacheKey Public(string domain, string version, string id)
    {
        if (string.Equals(version, UserSegment, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{UserSegment}' is reserved for private data; use ForUser.", nameof(version));
        }

        return new CacheKey($"{Domain(domain)}:{Part(version)}:{Part(id)}", domain, isPrivate: false);
    }

    /// <summary>Key of data private to one user, such as a cart; it cannot be built without the user's id.</summary>
    public static CacheKey ForUser(string domain, string userId, string id) =>
        new($"{Domain(domain)}:{UserSegment}:{Part(userId)}:{Part(id)}", domain, isPrivate: true);

    private static string Domain(string domain) => domain.StartsWith(ReservedPrefix, StringComparison.Ordinal)
        ? throw new ArgumentException($"Domains starting with '{ReservedPrefix}' are reserved.", nameof(domain))
        : Part(domain);

    private static string Part(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        // '%' first so an escaped ':' in the input cannot be confused with one we escaped.
        return value.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
    }
}
