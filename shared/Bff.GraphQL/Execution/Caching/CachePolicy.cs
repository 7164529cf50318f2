namespace Bff.GraphQL.Execution.Caching;

/// <summary>
/// The cache policy of one response, as Apollo Server computes it: the shortest <c>maxAge</c> of the fields the
/// operation touched, <see cref="CacheControlScope.Private"/> when any of them is private. A response with errors,
/// a stale value or no positive <c>maxAge</c> is not cacheable.
/// </summary>
/// <param name="MaxAge">Seconds the response stays fresh; 0 when it may not be cached.</param>
/// <param name="Scope">Who may cache it.</param>
public sealed record CachePolicy(int MaxAge, CacheControlScope Scope)
{
    /// <summary>Not cacheable at all (HTTP <c>no-store</c>).</summary>
    public static CachePolicy NotCacheable { get; } = new(0, CacheControlScope.Public);

    /// <summary>True when caches may keep the response for <see cref="MaxAge"/> seconds.</summary>
    public bool IsCacheable => MaxAge > 0;

    /// <summary>The <c>Cache-Control</c> header value: <c>public, max-age=N</c>, <c>private, max-age=N</c> or <c>no-store</c>.</summary>
    public string ToHeaderValue() => IsCacheable
        ? $"{(Scope == CacheControlScope.Private ? "private" : "public")}, max-age={MaxAge}"
        : "no-store";
}
